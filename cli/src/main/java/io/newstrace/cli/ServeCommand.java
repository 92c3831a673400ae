package io.newstrace.cli;

import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.server.DashboardServer;
import io.newstrace.store.Store;
import io.newstrace.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code newstrace serve DIR}: the JSON API and the dashboard over the store analyze wrote, until interrupted. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the store in DIR (written by analyze): the dashboard at http://HOST:PORT/ and the JSON API under "
                + "/api (described by /api/openapi.json). Listens on the loopback interface unless --host says "
                + "otherwise; any other host requires a token, which every API call must then carry in the "
                + "X-Newstrace-Token header (the dashboard takes it once as http://HOST:PORT/?token=TOKEN).",
            "Exits 1 when DIR holds no store, 2 on a bad option; otherwise runs until stopped (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The output directory of analyze.")
    private Path directory;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    private String host = "127.0.0.1";

    @Option(names = "--token", paramLabel = "TOKEN", description = "Secret of at least 16 characters that API calls "
            + "must carry; default: the NEWSTRACE_TOKEN environment variable. Required when HOST is not loopback.")
    private String token;

    @Option(names = "--registry", paramLabel = "FILE", description = "An outlet registry file of your own, as given "
            + "to analyze.")
    private List<Path> registryFiles = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(directory.resolve("newstrace.db"))) {
            err.println("newstrace serve: " + directory + " holds no store; run analyze into it first");
            return 1;
        }
        String secret = token != null ? token : System.getenv("NEWSTRACE_TOKEN");
        try (Store store = Store.open(directory)) {
            DashboardServer server;
            try {
                server = DashboardServer.start(store.reader(), OutletRegistry.load(registryFiles),
                        new DashboardServer.Options(host, port, secret == null || secret.isEmpty() ? null : secret));
            } catch (IllegalArgumentException e) {
                err.println("newstrace serve: " + e.getMessage());
                return 2;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            String shown = host.contains(":") ? "[" + host + "]" : host;
            out.printf("serving %s at http://%s:%d/ (API: /api, Ctrl-C to stop)%n", directory, shown, server.port());
            out.flush();
            stopped.await();
            return 0;
        } catch (StoreException e) {
            err.println("newstrace serve: " + e.getMessage());
            return 1;
        }
    }
}
