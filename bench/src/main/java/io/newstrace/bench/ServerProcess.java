package io.newstrace.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code newstrace serve DIR} in a child JVM, as a user runs it: the load client then competes with the server
 * for the CPU as a separate process would, instead of sharing its heap, JIT and garbage collector.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving .* at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final long START_TIMEOUT_MILLIS = 120_000;

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the server on a free loopback port with this JVM's classpath and waits until it listens; its output
     * goes to {@code log}.
     */
    static ServerProcess start(Path storeDirectory, List<String> jvmOptions, Path log) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.newstrace.cli.Newstrace", "serve",
                storeDirectory.toString(), "--port", "0"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Matcher serving = SERVING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (serving.find()) {
                return new ServerProcess(process, log, Integer.parseInt(serving.group(1)));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("newstrace serve exited with " + process.exitValue() + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("newstrace serve did not listen within " + START_TIMEOUT_MILLIS / 1000
                + " s; its output is in " + log);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** The CPU time the server has used so far, all its threads together. */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException(
                "the system does not tell the CPU time of process " + process.pid()));
    }

    /** Stops the server as Ctrl-C would (its shutdown hook closes the store), forcibly if it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
