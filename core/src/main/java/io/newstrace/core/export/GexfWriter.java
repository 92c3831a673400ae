package io.newstrace.core.export;

import io.newstrace.core.model.ProvenanceEdge;
import io.newstrace.core.provenance.ProvenanceArticle;
import io.newstrace.core.provenance.ProvenanceGraph;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.core.sources.registry.RegistryOutlet;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The provenance graph as GEXF 1.3 for Gephi: article and outlet nodes with their attributes, the edges of
 * {@code provenance.jsonl} and the outlet links of {@code outlet_links.jsonl} (weighted), with time: an article
 * exists from its publication date, an edge from the later article's, so Gephi's timeline replays the spread.
 */
public final class GexfWriter {
    private static final String NAMESPACE = "http://gexf.net/1.3";

    private GexfWriter() {
    }

    public static void write(Writer out, List<ProvenanceArticle> articles, ProvenanceGraph.Result graph,
                             OutletRegistry registry) throws IOException {
        try {
            // The JDK's own writer, not whichever StAX implementation the class path brings (Spark brings Woodstox,
            // which quotes and closes elements otherwise): the bytes must not depend on the engine.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("meta");
            element(xml, "creator", "Newstrace");
            element(xml, "description", "Provenance graph: cited outlets, relays of passages and statements");
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("mode", "dynamic");
            xml.writeAttribute("timeformat", "date");
            attributes(xml, "node", "kind", "outlet", "language", "published", "state_affiliated", "owner");
            attributes(xml, "edge", "basis", "attributed", "ordered", "evidence");

            Map<String, String> published = new HashMap<>();
            TreeSet<String> outlets = new TreeSet<>();
            xml.writeStartElement("nodes");
            for (ProvenanceArticle article : articles) {
                published.put(article.id(), date(article.published()));
                if (article.outletNode() != null) {
                    outlets.add(article.outletNode());
                }
                xml.writeStartElement("node");
                xml.writeAttribute("id", xmlSafe(article.id()));
                xml.writeAttribute("label", xmlSafe(article.title() != null ? article.title() : article.id()));
                if (published.get(article.id()) != null) {
                    xml.writeAttribute("start", published.get(article.id()));
                }
                values(xml, "kind", "article", "outlet", article.outletNode(), "language", article.language(),
                        "published", article.published(), "state_affiliated", String.valueOf(stateAffiliated(
                                registry, article.outlet())));
                xml.writeEndElement();
            }
            graph.edges().stream().map(ProvenanceEdge::from).filter(from -> from.startsWith("outlet:"))
                    .forEach(outlets::add);
            graph.outletLinks().forEach(link -> {
                outlets.add(link.from());
                outlets.add(link.to());
            });
            for (String node : outlets) {
                RegistryOutlet outlet = node.startsWith("outlet:")
                        ? registry.byId(node.substring("outlet:".length())).orElse(null) : null;
                xml.writeStartElement("node");
                xml.writeAttribute("id", node);
                xml.writeAttribute("label", outlet != null ? outlet.name() : node.substring(node.indexOf(':') + 1));
                values(xml, "kind", "outlet", "state_affiliated", String.valueOf(outlet != null
                        && registry.stateAffiliated(outlet)), "owner", outlet == null ? null : outlet.owner());
                xml.writeEndElement();
            }
            xml.writeEndElement();

            xml.writeStartElement("edges");
            int id = 0;
            for (ProvenanceEdge edge : graph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + id++);
                xml.writeAttribute("source", edge.from());
                xml.writeAttribute("target", edge.to());
                if (published.get(edge.to()) != null) {
                    xml.writeAttribute("start", published.get(edge.to()));
                }
                values(xml, "basis", edge.basis(), "attributed", String.valueOf(edge.attributed()), "ordered",
                        String.valueOf(edge.ordered()), "evidence", edge.evidence());
                xml.writeEndElement();
            }
            for (ProvenanceGraph.OutletLink link : graph.outletLinks()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + id++);
                xml.writeAttribute("source", link.from());
                xml.writeAttribute("target", link.to());
                xml.writeAttribute("weight", String.valueOf(link.weight()));
                values(xml, "basis", "outlet_link", "attributed", String.valueOf(link.unattributed() == 0),
                        "evidence", link.attributed() + " attributed, " + link.unattributed() + " unattributed: "
                                + link.bases());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the GEXF graph: " + e.getMessage(), e);
        }
    }

    /** Characters XML 1.0 cannot hold (most control characters, lone surrogates) as U+FFFD: pages are hostile. */
    private static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean surrogatePair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800
                    || c >= 0xE000 && c <= 0xFFFD || surrogatePair;
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? String.valueOf(c) : "\uFFFD");
                if (surrogatePair) {
                    out.append(text.charAt(++i));
                }
            } else if (surrogatePair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean stateAffiliated(OutletRegistry registry, String outletId) {
        return outletId != null && registry.byId(outletId).map(registry::stateAffiliated).orElse(false);
    }

    /** The day of an ISO date or date-time, or null. */
    private static String date(String published) {
        return published == null || published.length() < 10 ? null : published.substring(0, 10);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void attributes(XMLStreamWriter xml, String forClass, String... names) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", forClass);
        for (String name : names) {
            xml.writeStartElement("attribute");
            xml.writeAttribute("id", name);
            xml.writeAttribute("title", name);
            xml.writeAttribute("type", name.equals("attributed") || name.equals("ordered")
                    || name.equals("state_affiliated") ? "boolean" : "string");
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Attribute values as name, value pairs; null values are left out. */
    private static void values(XMLStreamWriter xml, String... pairs) throws XMLStreamException {
        xml.writeStartElement("attvalues");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                xml.writeStartElement("attvalue");
                xml.writeAttribute("for", pairs[i]);
                xml.writeAttribute("value", xmlSafe(pairs[i + 1]));
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }
}
