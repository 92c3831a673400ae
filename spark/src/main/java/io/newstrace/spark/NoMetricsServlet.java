package io.newstrace.spark;

import com.codahale.metrics.MetricRegistry;
import org.apache.spark.SparkConf;
import org.apache.spark.metrics.sink.MetricsServlet;
import org.sparkproject.jetty.servlet.ServletContextHandler;

import java.util.Properties;

/**
 * Spark's metrics servlet without its web handlers. Spark builds them even with the UI off, through the servlet 5
 * API; the CLI's and the bench's class paths carry servlet 6 for the dashboard's Jetty 12, where that fails. A batch
 * job serves no metrics page.
 */
public final class NoMetricsServlet extends MetricsServlet {
    /** The Spark setting that puts this servlet in place of Spark's own. */
    public static final String SETTING = "spark.metrics.conf.*.sink.servlet.class";

    public NoMetricsServlet(Properties property, MetricRegistry registry) {
        super(property, registry);
    }

    @Override
    public ServletContextHandler[] getHandlers(SparkConf conf) {
        return new ServletContextHandler[0];
    }
}
