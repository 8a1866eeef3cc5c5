import java.util.*;
import org.fluorite.plot.*;
import org.fluorite.flow.*;
import org.fluorite.core.meta.Metadata;
/** Plot model timings for docs/PERFORMANCE.md (not a unit test): compile against the quick-test classes and run with -Xmx2g. */
public class PlotBenchmark {
    public static void main(String[] a) throws Exception {
        int rows = 10000, n = 3000;
        Random r = new Random(1);
        double[][] c = new double[rows][n];
        String[] cat = new String[rows];
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) { for (int j = 0; j < n; j++) c[i][j] = r.nextGaussian(); cat[i] = "c" + (i % 7); v[i] = r.nextGaussian(); }
        Transmission t = Transmission.spawn(Frame.of(FlowColumn.ofArrays("_RAW_CURVE", "", c), FlowColumn.ofText("cat", cat), FlowColumn.ofDoubles("_v", "", v)),
            HistoryOperation.of("x", "y", Map.of()), Metadata.EMPTY);
        for (int k = 0; k < 2; k++) {
        long t0 = System.nanoTime();
        Heatmap h = Heatmap.of(t, new PlotSettings.Heatmap("_RAW_CURVE", "cat", PlotSettings.ColormapName.VIRIDIS, true, 0, 1));
        long t1 = System.nanoTime();
        long sum = 0; for (int y = 0; y < h.lineCount(); y++) for (int x = 0; x < h.columnCount(); x++) sum += h.rgb(y, x);
        long t2 = System.nanoTime();
        Beeswarm b = Beeswarm.of(t, new PlotSettings.Beeswarm("_v", "cat", 0.01, true));
        long t3 = System.nanoTime();
        Beeswarm b1 = Beeswarm.of(t, new PlotSettings.Beeswarm("_v", "", 0.002, true));
        long t4 = System.nanoTime();
        Scatter s = Scatter.of(t, new PlotSettings.Scatter("_v", "_v", "cat", "", false, false, 6));
        String svg = s.toSvg(800, 600);
        long t5 = System.nanoTime();
        System.out.printf("heatmap model %.3f s, colours of 30M cells %.3f s, beeswarm 7 groups %.3f s, beeswarm 1 group 10k %.3f s, scatter+svg %.3f s (%d chars)%n",
            (t1-t0)/1e9, (t2-t1)/1e9, (t3-t2)/1e9, (t4-t3)/1e9, (t5-t4)/1e9, svg.length());
        }
        Runtime rt = Runtime.getRuntime(); System.out.printf("heap used %.0f MB%n", (rt.totalMemory()-rt.freeMemory())/1e6);
    }
}
