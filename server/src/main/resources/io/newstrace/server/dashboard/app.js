'use strict';
// The Newstrace dashboard: one page, routed by the URL's hash, built from the JSON API. Text from articles is
// only ever set as text (textContent), never parsed as markup.

const main = document.getElementById('main');
const SPEAKER_COLOURS = 8;

// A token given once as ?token=… is kept for the tab and sent with every API call, then dropped from the URL.
(function keepToken() {
  const params = new URLSearchParams(location.search);
  if (params.has('token')) {
    sessionStorage.setItem('newstrace-token', params.get('token'));
    history.replaceState(null, '', location.pathname + location.hash);
  }
})();

async function api(path) {
  const headers = {};
  const token = sessionStorage.getItem('newstrace-token');
  if (token) {
    headers['X-Newstrace-Token'] = token;
  }
  const response = await fetch(path, {headers});
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.error || ('HTTP ' + response.status));
  }
  return body;
}

/** Builds an element: attributes (on* are listeners), then children (strings become text nodes). */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.substring(2), value);
    } else if (name === 'class') {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function show(...children) {
  main.replaceChildren();
  append(main, children);
  window.scrollTo(0, 0);
}

function link(hash, text, attributes) {
  return el('a', Object.assign({href: '#' + hash}, attributes || {}), text);
}

function day(published) {
  return published ? published.substring(0, 10) : 'undated';
}

function articleLink(id, title) {
  return link('/article/' + encodeURIComponent(id), title || id);
}

function outletLink(outlet) {
  return outlet ? link('/outlet/' + encodeURIComponent(outlet), outlet) : 'unknown outlet';
}

function section(title, ...children) {
  return el('section', {class: 'panel'}, el('h2', {}, title), ...children);
}

function emptyNote(list, text) {
  return list.length === 0 ? el('p', {class: 'muted'}, text) : null;
}

// ---- pages ----

async function home() {
  const overview = await api('/api/overview');
  const counts = overview.counts;
  show(
    el('h1', {}, 'Corpus'),
    el('ul', {class: 'counts'}, Object.entries(counts).map(([name, count]) =>
      el('li', {}, el('strong', {}, String(count)), ' ' + name))),
    el('div', {class: 'columns'},
      section('Outlets', el('ol', {}, overview.outlets.map(outlet =>
        el('li', {}, outletLink(outlet.id), ' ', el('span', {class: 'muted'}, outlet.name + ' · ' + outlet.count))))),
      section('Most mentioned people', el('ol', {}, overview.people.map(person =>
        el('li', {}, link('/entity/' + encodeURIComponent(person.id), person.name), ' ',
          el('span', {class: 'muted'}, person.count + ' articles'))))),
      section('Largest stories', storyList(overview.stories))));
}

function storyList(stories) {
  return el('ol', {class: 'stories'}, stories.map(story =>
    el('li', {}, link('/story/' + encodeURIComponent(story.id), story.label), ' ',
      el('span', {class: 'muted'}, story.size + ' articles, ' + day(story.first_seen) + ' – ' + day(story.last_seen)))));
}

const FILTERS = ['outlet', 'lang', 'state_affiliated', 'entity', 'speaker', 'story', 'from', 'to'];
const FACET_SHOWN = 12;
const FACET_FILTER = {outlet: 'outlet', language: 'lang', state_affiliated: 'state_affiliated'};

async function search(params) {
  document.getElementById('search-input').value = params.get('q') || '';
  const query = new URLSearchParams();
  for (const name of ['q', 'offset'].concat(FILTERS)) {
    if (params.get(name)) {
      query.set(name, params.get(name));
    }
  }
  const result = await api('/api/search?' + query);
  const active = FILTERS.filter(name => params.get(name)).map(name => {
    const without = new URLSearchParams(params);
    without.delete(name);
    return el('a', {class: 'chip', href: '#/search?' + without, title: 'remove this filter'},
      name + ': ' + params.get(name) + ' ✕');
  });
  const facets = Object.entries(result.facets).map(([facet, values]) => {
    const items = Object.entries(values).sort((a, b) => b[1] - a[1]).map(([value, count]) => {
      const narrowed = new URLSearchParams(params);
      narrowed.set(FACET_FILTER[facet], value);
      narrowed.delete('offset');
      return el('li', {}, el('a', {href: '#/search?' + narrowed}, value), ' ', el('span', {class: 'muted'}, String(count)));
    });
    // The most frequent values first; the rest, in a large corpus hundreds of outlets, one click away.
    return section(facet.replace('_', ' '),
      el('ul', {class: 'facet', 'data-facet': facet}, items.slice(0, FACET_SHOWN)),
      items.length > FACET_SHOWN ? el('details', {}, el('summary', {}, (items.length - FACET_SHOWN) + ' more'),
        el('ul', {class: 'facet'}, items.slice(FACET_SHOWN))) : null);
  });
  const offset = Number(params.get('offset') || 0);
  const next = new URLSearchParams(params);
  next.set('offset', String(offset + 20));
  show(
    el('h1', {}, result.total + ' articles'),
    el('div', {class: 'chips'}, active),
    el('div', {class: 'with-side'},
      el('aside', {}, facets),
      el('div', {},
        el('ol', {class: 'hits', start: offset + 1}, result.hits.map(hit => el('li', {class: 'hit'},
          el('div', {}, articleLink(hit.article, hit.title)),
          el('div', {class: 'muted'}, outletLink(hit.outlet), ' · ' + day(hit.published)),
          el('p', {class: 'snippet'}, hit.snippet)))),
        offset + 20 < result.total ? link('/search?' + next, 'Next page') : null)));
}

async function article(id) {
  const data = await api('/api/articles/' + encodeURIComponent(id));
  const record = data.article;
  const speakers = speakerColours(data.quotes);
  const showRemoved = el('input', {type: 'checkbox', id: 'show-removed'});
  const body = el('div', {class: 'article-body', id: 'article-body'});
  const render = () => {
    body.replaceChildren();
    append(body, articleBlocks(record, data, speakers, showRemoved.checked));
  };
  showRemoved.addEventListener('change', render);
  render();
  const outlet = data.outlet;
  show(
    el('h1', {}, record.title || record.id),
    el('p', {class: 'byline'},
      outletLink(record.outlet && (record.outlet.registry || record.outlet.name)),
      outlet && outlet.state_affiliated ? el('span', {class: 'badge state'}, 'state-affiliated') : null,
      ' · ' + day(record.published),
      record.published_evidence ? el('span', {class: 'muted'}, ' (' + record.published_evidence + ')') : null,
      record.authors.length ? ' · ' + record.authors.join(', ') : null,
      ' · ' + (record.language || '?'),
      record.url ? [' · ', el('a', {href: record.url, rel: 'noopener noreferrer nofollow', target: '_blank'}, 'original')] : null),
    el('div', {class: 'with-side'},
      el('div', {},
        el('p', {class: 'legend'},
          el('label', {}, showRemoved, ' show removed furniture (' + record.removed.length + ' parts)'),
          el('span', {class: 'quote'}, 'quote'), el('span', {class: 'ent ent-PER'}, 'person'),
          el('span', {class: 'ent ent-ORG'}, 'organisation'), el('span', {class: 'ent ent-LOC'}, 'place'),
          el('span', {class: 'source'}, 'cited source'), el('span', {class: 'reuse'}, 'shared with another article')),
        body),
      el('aside', {},
        section('Quotes (' + data.quotes.length + ')', el('ol', {class: 'quote-list'}, data.quotes.map(quote =>
          el('li', {class: 'sp-' + speakers.get(quote.entity || quote.speaker)},
            el('strong', {}, quote.speaker ? (quote.entity ? link('/entity/' + encodeURIComponent(quote.entity), quote.speaker) : quote.speaker) : 'speaker unknown'),
            el('span', {class: 'muted'}, ' ' + quote.kind + (quote.cue ? ' · ' + quote.cue : '') + ' · ' + quote.confidence.toFixed(2)),
            el('blockquote', {}, quote.text))))),
        section('Shared with other articles', emptyNote(data.reuse, 'nothing found elsewhere in this corpus'),
          el('ul', {class: 'reuse-list'}, data.reuse.map(reuse => el('li', {},
            articleLink(reuse.other, reuse.other_title), ' ', el('span', {class: 'muted'},
              (reuse.kind === 'quote' ? 'same statement' : 'shared passage') + ' · ' + outletOrUnknown(reuse.other_outlet) + ' · score ' + reuse.score.toFixed(2)))))),
        section('Cited sources', emptyNote(data.sources, 'none found'), el('ul', {}, data.sources.map(source =>
          el('li', {}, source.outlet ? outletLink(source.outlet) : source.name, ' ', el('span', {class: 'muted'}, source.kind + ' · “' + source.evidence + '”'))))),
        section('Who is in it', el('ul', {}, uniqueEntities(data.mentions).map(entity =>
          el('li', {}, link('/entity/' + encodeURIComponent(entity.entity), entity.name), ' ', el('span', {class: 'muted'}, entity.type))))),
        section('Stories', el('ul', {}, data.stories.map(story => el('li', {}, link('/story/' + encodeURIComponent(story.id), story.label))))),
        section('Provenance', emptyNote(data.provenance, 'no edge'), edgeTable(data.provenance)))));
}

function outletOrUnknown(outlet) {
  return outlet || 'unknown outlet';
}

function speakerColours(quotes) {
  const colours = new Map();
  for (const quote of quotes) {
    const key = quote.entity || quote.speaker;
    if (!colours.has(key)) {
      colours.set(key, key ? colours.size % SPEAKER_COLOURS : 'none');
    }
  }
  return colours;
}

function uniqueEntities(mentions) {
  const seen = new Map();
  for (const mention of mentions) {
    if (!seen.has(mention.entity)) {
      seen.set(mention.entity, mention);
    }
  }
  return [...seen.values()];
}

/** The body paragraphs (and, when asked, the removed parts) in text order, each cut where an annotation starts or ends. */
function articleBlocks(record, data, speakers, withRemoved) {
  const blocks = record.paragraphs.map(p => ({start: p.start, end: p.end, removed: null}));
  if (withRemoved) {
    record.removed.forEach(r => blocks.push({start: r.start, end: r.end, removed: r.reason}));
  }
  blocks.sort((a, b) => a.start - b.start);
  const annotations = [].concat(
    data.quotes.map(q => ({start: q.start, end: q.end, kind: 'quote', quote: q})),
    data.mentions.map(m => ({start: m.start, end: m.end, kind: 'ent', mention: m})),
    data.sources.map(s => ({start: s.start, end: s.end, kind: 'source', source: s})),
    data.reuse.map(r => ({start: r.start, end: r.end, kind: 'reuse', reuse: r})));
  return blocks.map(block => {
    const inside = annotations.filter(a => a.start < block.end && a.end > block.start);
    const cuts = new Set([block.start, block.end]);
    inside.forEach(a => {
      cuts.add(Math.max(a.start, block.start));
      cuts.add(Math.min(a.end, block.end));
    });
    const points = [...cuts].sort((a, b) => a - b);
    const paragraph = el('p', block.removed ? {class: 'removed', title: 'removed: ' + block.removed, 'data-reason': block.removed} : {});
    if (block.removed) {
      paragraph.appendChild(el('span', {class: 'reason'}, block.removed));
    }
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      let node = document.createTextNode(record.raw.substring(from, to));
      for (const a of inside.filter(a => a.start <= from && a.end >= to).sort(innerFirst)) {
        node = wrap(node, a, speakers);
      }
      paragraph.appendChild(node);
    }
    return paragraph;
  });
}

const NESTING = {ent: 0, source: 1, quote: 2, reuse: 3};

function innerFirst(a, b) {
  return NESTING[a.kind] - NESTING[b.kind];
}

function wrap(node, annotation, speakers) {
  if (annotation.kind === 'quote') {
    const q = annotation.quote;
    return el('span', {class: 'quote sp-' + speakers.get(q.entity || q.speaker), 'data-speaker': q.speaker || '',
      title: (q.speaker || 'speaker unknown') + ' · ' + q.kind}, node);
  }
  if (annotation.kind === 'ent') {
    const m = annotation.mention;
    return el('span', {class: 'ent ent-' + m.type, title: m.name + (m.via_role ? ' (role phrase)' : ''),
      'data-entity': m.entity, onclick: () => { location.hash = '#/entity/' + encodeURIComponent(m.entity); }}, node);
  }
  if (annotation.kind === 'source') {
    const s = annotation.source;
    return el('span', {class: 'source', title: 'source: ' + s.name + ' (' + s.kind + ')'}, node);
  }
  const r = annotation.reuse;
  return el('a', {class: 'reuse', href: '#/article/' + encodeURIComponent(r.other),
    title: (r.kind === 'quote' ? 'same statement in ' : 'shared with ') + (r.other_title || r.other)}, node);
}

function edgeTable(edges) {
  if (edges.length === 0) {
    return null;
  }
  return el('table', {class: 'edges'},
    el('thead', {}, el('tr', {}, el('th', {}, 'from'), el('th', {}, 'to'), el('th', {}, 'basis'), el('th', {}, 'credited'))),
    el('tbody', {}, edges.map(edge => el('tr', {class: edge.attributed ? 'attributed' : 'unattributed'},
      el('td', {}, nodeLink(edge.from)), el('td', {}, nodeLink(edge.to)), el('td', {}, edge.basis),
      el('td', {title: edge.evidence}, edge.attributed ? 'yes' : 'NO')))));
}

function nodeLink(id) {
  return id.startsWith('outlet:') ? outletLink(id.substring(7)) : articleLink(id, id);
}

async function story(id) {
  const data = await api('/api/stories/' + encodeURIComponent(id));
  const chart = el('div', {class: 'chart', id: 'timeline'});
  show(
    el('h1', {}, data.story.label),
    el('p', {class: 'muted'}, data.story.size + ' articles · first seen ' + day(data.story.first_seen) + ' · last seen ' + day(data.story.last_seen)),
    section('Timeline', chart),
    section('Articles', el('ol', {}, data.articles.map(a => el('li', {}, articleLink(a.id, a.title), ' ',
      el('span', {class: 'muted'}, outletOrUnknown(a.outlet) + ' · ' + day(a.published)))))),
    section('Provenance within the story', emptyNote(data.provenance, 'no edge between these articles'), edgeTable(data.provenance)),
    link('/graph?level=article&story=' + encodeURIComponent(id), 'Open as a graph'));
  timeline(chart, data.articles);
}

/** Articles as points: publication day across, outlet down; undated ones sit in their own row at the first day. */
function timeline(container, articles) {
  const outlets = [...new Set(articles.map(a => a.outlet || 'unknown'))];
  const dated = articles.filter(a => a.published).map(a => Date.parse(a.published));
  const fallback = dated.length ? Math.min(...dated) : Date.now();
  const chart = echarts.init(container);
  chart.setOption({
    tooltip: {formatter: p => escapeText(p.data.title) + '<br>' + escapeText(p.data.outlet) + ' · ' + escapeText(p.data.day)},
    grid: {left: 140, right: 20, top: 20, bottom: 40},
    xAxis: {type: 'time'},
    yAxis: {type: 'category', data: outlets},
    series: [{type: 'scatter', symbolSize: 14, data: articles.map(a => ({
      value: [a.published ? Date.parse(a.published) : fallback, a.outlet || 'unknown'],
      id: a.id, title: a.title || a.id, outlet: a.outlet || 'unknown', day: day(a.published),
      itemStyle: {color: a.state_affiliated ? '#c62828' : (a.published ? '#1565c0' : '#9e9e9e')}}))}]
  });
  chart.on('click', p => { location.hash = '#/article/' + encodeURIComponent(p.data.id); });
}

// ECharts tooltips are markup: anything from an article is escaped first.
function escapeText(text) {
  const span = document.createElement('span');
  span.textContent = text === null || text === undefined ? '' : String(text);
  return span.innerHTML;
}

async function entity(id) {
  const data = await api('/api/entities/' + encodeURIComponent(id));
  const months = el('div', {class: 'chart small', id: 'mentions-chart'});
  show(
    el('h1', {}, data.entity.name),
    el('p', {class: 'muted'}, data.entity.type + (data.entity.aliases.length ? ' · also written ' + data.entity.aliases.join(', ') : '')),
    el('div', {class: 'columns'},
      section('Mentions per month', months),
      section('Appears with', el('ul', {}, data.co_occurring.map(other => el('li', {},
        link('/entity/' + encodeURIComponent(other.id), other.name), ' ', el('span', {class: 'muted'}, other.count + ' articles')))))),
    section('What ' + data.entity.name + ' said (' + data.counts.quotes + ')', emptyNote(data.quotes, 'no quote attributed'),
      data.counts.quotes > data.quotes.length ? el('p', {class: 'muted'}, 'The first ' + data.quotes.length + ' in publication order; ',
        link('/search?speaker=' + encodeURIComponent(data.entity.id), 'all articles quoting ' + data.entity.name)) : null,
      el('ol', {class: 'quote-list'}, data.quotes.map(quote => el('li', {},
        el('blockquote', {}, quote.text),
        el('span', {class: 'muted'}, quote.kind + ' · ' + day(quote.published) + ' · '), articleLink(quote.article, quote.article_title))))),
    section('Articles naming ' + data.entity.name + ' (' + data.counts.articles + ')',
      data.counts.articles > data.articles.length ? link('/search?entity=' + encodeURIComponent(data.entity.id), 'search them all') : null,
      el('ol', {}, data.articles.map(a => el('li', {}, articleLink(a.id, a.title), ' ',
      el('span', {class: 'muted'}, outletOrUnknown(a.outlet) + ' · ' + day(a.published)))))));
  const chart = echarts.init(months);
  chart.setOption({
    tooltip: {}, grid: {left: 40, right: 10, top: 10, bottom: 30},
    xAxis: {type: 'category', data: Object.keys(data.mentions_by_month)},
    yAxis: {type: 'value', minInterval: 1},
    series: [{type: 'bar', data: Object.values(data.mentions_by_month), itemStyle: {color: '#1565c0'}}]
  });
}

async function people() {
  const data = await api('/api/entities?type=PER&limit=100');
  show(el('h1', {}, 'People'), el('ol', {}, data.entities.map(person => el('li', {},
    link('/entity/' + encodeURIComponent(person.id), person.name), ' ', el('span', {class: 'muted'}, person.count + ' articles')))));
}

async function stories() {
  const data = await api('/api/stories?limit=100');
  show(el('h1', {}, 'Stories'), storyList(data.stories));
}

async function outlet(id) {
  const data = await api('/api/outlets/' + encodeURIComponent(id));
  const facts = data.registry;
  const linkList = links => el('ul', {}, links.map(l => {
    const other = l.from === 'outlet:' + data.id ? l.to : l.from;
    return el('li', {}, nodeLink(other), ' ', el('span', {class: l.unattributed ? 'warn' : 'muted'},
      l.weight + ' articles, ' + l.unattributed + ' without credit'));
  }));
  show(
    el('h1', {}, facts ? facts.name : data.id,
      facts && facts.state_affiliated ? el('span', {class: 'badge state'}, 'state-affiliated') : null),
    facts ? el('dl', {class: 'facts'},
      ['type', 'country', 'owner', 'parent', 'languages', 'domains', 'aliases'].filter(k => facts[k] && facts[k].length !== 0).map(k =>
        [el('dt', {}, k), el('dd', {}, Array.isArray(facts[k]) ? facts[k].join(', ') : facts[k])]),
      facts.state_affiliation_ref ? [el('dt', {}, 'state affiliation'), el('dd', {}, facts.state_affiliation_ref)] : null)
      : el('p', {class: 'muted'}, 'Not in the outlet registry.'),
    el('div', {class: 'columns'},
      section('Relayed by', emptyNote(data.relayed_by, 'no relay found'), linkList(data.relayed_by)),
      section('Relays', emptyNote(data.relays, 'relays no one found here'), linkList(data.relays))),
    section('Articles (' + data.articles.length + ')', el('ol', {}, data.articles.map(a => el('li', {}, articleLink(a.id, a.title), ' ',
      el('span', {class: 'muted'}, day(a.published)))))));
}

async function graph(params) {
  const level = params.get('level') === 'article' ? 'article' : 'outlet';
  const query = new URLSearchParams({level});
  if (params.get('story')) {
    query.set('story', params.get('story'));
  }
  const data = await api('/api/graph?' + query);
  const chart = el('div', {class: 'chart tall', id: 'graph'});
  const other = level === 'outlet' ? 'article' : 'outlet';
  show(
    el('h1', {}, 'Provenance graph'),
    el('p', {}, 'By ' + level + ' · ', link('/graph?level=' + other, 'show by ' + other), ' · ',
      el('span', {class: 'key attributed'}, 'credited relay'), ' ', el('span', {class: 'key unattributed'}, 'uncredited relay (laundering signal)'), ' ',
      el('span', {class: 'key state'}, 'state-affiliated outlet')),
    emptyNote(data.edges, 'No provenance edge in this store.'),
    chart,
    section('Edges', graphTable(data)));
  drawGraph(chart, data);
}

function graphTable(data) {
  if (data.level === 'article') {
    return edgeTable(data.edges);
  }
  return el('table', {class: 'edges'},
    el('thead', {}, el('tr', {}, el('th', {}, 'from'), el('th', {}, 'to'), el('th', {}, 'articles'), el('th', {}, 'uncredited'))),
    el('tbody', {}, data.edges.map(edge => el('tr', {class: edge.unattributed ? 'unattributed' : 'attributed'},
      el('td', {}, nodeLink(edge.from)), el('td', {}, nodeLink(edge.to)), el('td', {}, String(edge.weight)),
      el('td', {}, String(edge.unattributed))))));
}

function drawGraph(container, data) {
  const credited = edge => data.level === 'article' ? edge.attributed : edge.unattributed === 0;
  const chart = echarts.init(container);
  chart.setOption({
    tooltip: {formatter: p => p.dataType === 'edge'
      ? escapeText(p.data.source + ' → ' + p.data.target + (p.data.evidence ? ': ' + p.data.evidence : ''))
      : escapeText(p.data.name)},
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: {repulsion: 220, edgeLength: 120},
      edgeSymbol: ['none', 'arrow'],
      label: {show: true, position: 'right', formatter: p => p.data.short},
      // In a large graph most labels would cover each other: those that would are drawn on hover only.
      labelLayout: {hideOverlap: true},
      emphasis: {focus: 'adjacency', label: {show: true}},
      data: data.nodes.map(node => ({
        id: node.id, name: node.label, short: node.label.length > 40 ? node.label.substring(0, 39) + '…' : node.label,
        symbol: node.kind === 'outlet' ? 'rect' : 'circle',
        symbolSize: node.kind === 'outlet' ? 18 + Math.min(20, node.articles || 0) : 12,
        itemStyle: {color: node.state_affiliated ? '#c62828' : (node.kind === 'outlet' ? '#455a64' : '#1565c0')}})),
      links: data.edges.map(edge => ({
        source: edge.from, target: edge.to, evidence: edge.evidence || (edge.weight + ' articles, ' + edge.unattributed + ' uncredited'),
        lineStyle: {color: credited(edge) ? '#2e7d32' : '#c62828', type: credited(edge) ? 'solid' : 'dashed',
          width: 1 + Math.min(5, edge.weight || 1), curveness: 0.1}}))
    }]
  });
  chart.on('click', p => {
    if (p.dataType === 'node') {
      location.hash = p.data.id.startsWith('outlet:') ? '#/outlet/' + encodeURIComponent(p.data.id.substring(7))
        : '#/article/' + encodeURIComponent(p.data.id);
    }
  });
}

// ---- routing ----

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, queryString] = hash.split('?');
  const params = new URLSearchParams(queryString || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  try {
    if (parts.length === 0) {
      await home();
    } else if (parts[0] === 'search') {
      await search(params);
    } else if (parts[0] === 'article' && parts[1]) {
      await article(parts[1]);
    } else if (parts[0] === 'story' && parts[1]) {
      await story(parts[1]);
    } else if (parts[0] === 'stories') {
      await stories();
    } else if (parts[0] === 'entity' && parts[1]) {
      await entity(parts[1]);
    } else if (parts[0] === 'people') {
      await people();
    } else if (parts[0] === 'outlet' && parts[1]) {
      await outlet(parts[1]);
    } else if (parts[0] === 'graph') {
      await graph(params);
    } else {
      show(el('h1', {}, 'No such page'), link('/', 'Back to the corpus'));
    }
    document.body.dataset.ready = hash;
  } catch (error) {
    show(el('h1', {}, 'Cannot show this page'), el('p', {class: 'error'}, error.message));
    document.body.dataset.ready = hash;
  }
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const words = document.getElementById('search-input').value.trim();
  location.hash = '#/search?' + new URLSearchParams({q: words});
});
window.addEventListener('hashchange', route);
route();
