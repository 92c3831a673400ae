package io.newstrace.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection to a loopback server, asking GETs one after another, as wrk's connections do.
 * The load client shares the cores with the server it measures, so its own cost per request is CPU the server
 * does not get: Java's {@code HttpClient} spent 0.7-1.6 ms per request (a third to a half of the server's) and
 * passes every answer through one selector thread; this blocking reader spends a small fraction of that. It reads
 * what the dashboard server sends (a status line, headers, then a body sized by {@code Content-Length} or chunked)
 * and nothing more: no redirects, no compression, no TLS.
 */
final class LoopbackConnection implements AutoCloseable {
    /** An answer: its status and, for errors, the start of its body. */
    record Answer(int status, long bodyBytes, String bodyStart) {
    }

    private static final int BODY_START_KEPT = 200;

    private final int port;
    private final int timeoutMillis;
    private final byte[] discard = new byte[64 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LoopbackConnection(int port, int timeoutMillis) {
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** Asks for the path and reads the whole answer; the connection is opened again after a failure or a close. */
    Answer get(String path) throws IOException {
        if (socket == null) {
            open();
        }
        try {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readAnswer();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMillis);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), timeoutMillis);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private Answer readAnswer() throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.1 status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closes = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        ByteArrayOutputStream kept = status / 100 == 2 ? null : new ByteArrayOutputStream();
        long bodyBytes;
        if (chunked) {
            bodyBytes = 0;
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                bodyBytes += body(size, kept);
                line();
            }
            while (!line().isEmpty()) {
                // trailers, read and dropped
            }
        } else if (length >= 0) {
            bodyBytes = body(length, kept);
        } else if (status == 204 || status == 304) {
            bodyBytes = 0;
        } else {
            throw new IOException("an answer with neither Content-Length nor chunks (status " + status + ")");
        }
        if (closes) {
            close();
        }
        return new Answer(status, bodyBytes,
                kept == null ? "" : kept.toString(StandardCharsets.UTF_8));
    }

    private long chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    /** Reads {@code length} body bytes, keeping the first ones when asked to. */
    private long body(long length, ByteArrayOutputStream kept) throws IOException {
        long left = length;
        while (left > 0) {
            int read = in.read(discard, 0, (int) Math.min(discard.length, left));
            if (read < 0) {
                throw new EOFException("the server closed the connection " + left + " bytes before the body's end");
            }
            if (kept != null && kept.size() < BODY_START_KEPT) {
                kept.write(discard, 0, Math.min(read, BODY_START_KEPT - kept.size()));
            }
            left -= read;
        }
        return length;
    }

    /** One header line without its CRLF (ASCII, as HTTP/1.1 header lines are). */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the server closed the connection in the middle of an answer's head");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a loopback socket that already failed: nothing to recover
            }
            socket = null;
        }
    }
}
