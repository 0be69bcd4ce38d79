package app.retention.model;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * CPU seconds this process has used, all threads (garbage collection included): on a machine shared with other
 * work, what a step costs whatever share of the cores it got. Benchmarks print it beside wall time.
 */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Seconds so far, or NaN where the JVM does not tell. */
    public static double seconds() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }
}
