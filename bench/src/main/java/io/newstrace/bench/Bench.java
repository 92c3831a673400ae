package io.newstrace.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newstrace-bench}: commands that generate benchmark corpora and print throughput figures.
 * Nothing here asserts a timing: the figures are printed for people (and issue threads) to read.
 */
@Command(name = "newstrace-bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks for Newstrace: synthetic corpora from real page text, and throughput figures.",
        subcommands = {GenerateCommand.class, CleanBenchCommand.class, AnnotateBenchCommand.class, ReuseBenchCommand.class,
            StoreBenchCommand.class, SparkBenchCommand.class, TortureCommand.class, CommandLine.HelpCommand.class})
public final class Bench implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
