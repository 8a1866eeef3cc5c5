package org.fluorite.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.fluorite.flow.Transmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ExportAndSaveTest {

    private final Transmission t = Fixtures.six();

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static int marks(Document d) throws Exception {
        NodeList l = (NodeList) XPathFactory.newInstance().newXPath().evaluate("//*[@class='mark']", d, XPathConstants.NODESET);
        return l.getLength();
    }

    @Test
    void everyKindWritesWellFormedSvgWithOneMarkPerDrawnRow() throws Exception {
        Object[][] cases = {
                {PlotKind.SIMPLE, new PlotSettings.Simple("_RAW_CURVE", "cell_type", true), 6},
                {PlotKind.HEATMAP, new PlotSettings.Heatmap("_RAW_CURVE", "cell_type", PlotSettings.ColormapName.PLASMA, true, 0, 1), 6},
                {PlotKind.SCATTER, new PlotSettings.Scatter("_x", "_y", "cell_type", "stim_type", true, true, 6), 5},
                {PlotKind.BEESWARM, new PlotSettings.Beeswarm("_x", "cell_type", 0.05, true), 6},
                {PlotKind.PROPORTIONS, new PlotSettings.Proportions("cell_type", "stim_type", true, false, false), 5},
                {PlotKind.PROPORTIONS, new PlotSettings.Proportions("cell_type", "stim_type", true, false, true), 5}};
        for (Object[] c : cases) {
            PlotModel m = PlotModel.build((PlotKind) c[0], t, (Record) c[1]);
            Document d = parse(m.toSvg(640, 400));
            assertEquals("svg", d.getDocumentElement().getNodeName());
            assertEquals((int) c[2], marks(d), c[0] + " marks");
            assertEquals((int) c[2], m.marks().size(), c[0] + " refs");
        }
        Document heat = parse(Heatmap.of(t, new PlotSettings.Heatmap("_RAW_CURVE", "", PlotSettings.ColormapName.VIRIDIS, true, 0, 1)).toSvg(640, 400));
        NodeList cells = (NodeList) XPathFactory.newInstance().newXPath().evaluate("//*[@class='cell']", heat, XPathConstants.NODESET);
        assertEquals(24, cells.getLength());
        assertEquals("#440154", cells.item(0).getAttributes().getNamedItem("fill").getNodeValue(), "value 0 = minimum");
        assertEquals("#fde725", cells.item(23).getAttributes().getNamedItem("fill").getNodeValue(), "value 8 = maximum");
    }

    @Test
    void svgEscapesCategoryText() throws Exception {
        Transmission odd = Fixtures.six().withColumn(org.fluorite.flow.FlowColumn.ofText("cell_type",
                new String[] {"a<b", "x&y", "\"q\"", "a<b", "x&y", "z"}));
        String svg = Scatter.of(odd, new PlotSettings.Scatter("_x", "_y", "cell_type", "", false, false, 6)).toSvg(500, 300);
        assertTrue(svg.contains("a&lt;b"));
        assertEquals(6, marks(parse(svg)));
    }

    @Test
    void csvOfScatterAndHeatmap() {
        String[] lines = Scatter.of(t, new PlotSettings.Scatter("_x", "_y", "cell_type", "", false, false, 6)).toCsv().split("\n");
        assertEquals("_BLOCK_,row,SampleID,ROI_UUID,_x,_y,colour,shape", lines[0]);
        assertEquals(Fixtures.BLOCK + ",2,m1-_-t1,r-2,2.0,100.0,b,(none)", lines[3]);
        String[] heat = Heatmap.of(t, new PlotSettings.Heatmap("_RAW_CURVE", "cell_type", PlotSettings.ColormapName.VIRIDIS, true, 0, 1)).toCsv().split("\n");
        assertEquals("_BLOCK_,row,category,SampleID,ROI_UUID,_RAW_CURVE[0],_RAW_CURVE[1],_RAW_CURVE[2],_RAW_CURVE[3]", heat[0]);
        assertEquals(Fixtures.BLOCK + ",3,c,m2-_-t1,r-3,3.0,4.0,5.0,6.0", heat[6]);
    }

    @Test
    void saveAndLoadRoundTripKeepsDataSettingsAndHistory(@TempDir Path project) throws IOException {
        PlotSettings.Scatter s = new PlotSettings.Scatter("_x", "_y", "cell_type", "stim_type", false, true, 9);
        Path json = new PlotDocument(PlotKind.SCATTER, s, t).save(PlotDocument.plotsFolder(project), "peaks vs amp");
        assertEquals(project.resolve("plots/peaks vs amp.plot.json"), json);
        assertTrue(Files.exists(project.resolve("plots/peaks vs amp.trn.h5")));
        PlotDocument back = PlotDocument.load(json);
        assertEquals(PlotKind.SCATTER, back.kind());
        assertEquals(s, back.settings());
        assertEquals(6, back.data().rowCount());
        assertEquals(t.history(), back.data().history());
        assertEquals(t.frame().column("ROI_UUID").orElseThrow().get(4), back.data().column("ROI_UUID").get(4));
        assertEquals(PlotModel.build(PlotKind.SCATTER, t, s).toCsv(), back.model().toCsv());
        PlotSettings.Heatmap hs = new PlotSettings.Heatmap("_RAW_CURVE", "cell_type", PlotSettings.ColormapName.CIVIDIS, false, 1, 7);
        Path hj = new PlotDocument(PlotKind.HEATMAP, hs, t).save(PlotDocument.plotsFolder(project), "heat");
        assertTrue(Files.readString(hj).contains("\"colormap\": \"CIVIDIS\""), Files.readString(hj));
        assertEquals(hs, PlotDocument.load(hj).settings());
    }

    @Test
    void damagedPlotFilesAreReportedWithTheirName(@TempDir Path dir) throws IOException {
        Path notJson = Files.writeString(dir.resolve("a.plot.json"), "{not json");
        IOException e1 = assertThrows(IOException.class, () -> PlotDocument.load(notJson));
        assertTrue(e1.getMessage().startsWith(notJson.toString()));
        Path noData = Files.writeString(dir.resolve("b.plot.json"),
                "{\"format\": \"fluorite-plot\", \"version\": 1, \"kind\": \"plot.heatmap\", \"data\": \"missing.trn.h5\"}");
        assertThrows(IOException.class, () -> PlotDocument.load(noData));
        Path badKind = Files.writeString(dir.resolve("c.plot.json"),
                "{\"format\": \"fluorite-plot\", \"kind\": \"plot.pie\", \"data\": \"x.trn.h5\"}");
        IOException e3 = assertThrows(IOException.class, () -> PlotDocument.load(badKind));
        assertTrue(e3.getMessage().contains("plot.pie"), e3.getMessage());
        Path escape = Files.writeString(dir.resolve("d.plot.json"),
                "{\"format\": \"fluorite-plot\", \"kind\": \"plot.heatmap\", \"data\": \"../x.trn.h5\"}");
        assertThrows(IOException.class, () -> PlotDocument.load(escape));
        assertThrows(IOException.class, () -> new PlotDocument(PlotKind.HEATMAP, PlotSettings.Heatmap.DEFAULT, t).save(dir, "../x"));
    }

    @Test
    void aLargeHeatmapIsOneEmbeddedImageWithTheCellColours() throws Exception {
        int rows = 400;
        int n = 300;
        double[][] curves = new double[rows][n];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < n; c++) {
                curves[r][c] = (r * 7 + c) % 101;
            }
        }
        Transmission big = Transmission.spawn(org.fluorite.flow.Frame.of(org.fluorite.flow.FlowColumn.ofArrays("_RAW_CURVE", "", curves)),
                org.fluorite.flow.HistoryOperation.of("x", "y", java.util.Map.of()), org.fluorite.core.meta.Metadata.EMPTY);
        Heatmap h = Heatmap.of(big, new PlotSettings.Heatmap("_RAW_CURVE", "", PlotSettings.ColormapName.INFERNO, false, 0, 100));
        Document d = parse(h.toSvg(800, 600));
        assertEquals(rows, marks(d));
        NodeList images = d.getElementsByTagName("image");
        assertEquals(1, images.getLength());
        String href = images.item(0).getAttributes().getNamedItem("href").getNodeValue();
        assertTrue(href.startsWith("data:image/png;base64,"));
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new ByteArrayInputStream(
                java.util.Base64.getDecoder().decode(href.substring("data:image/png;base64,".length()))));
        assertEquals(n, png.getWidth());
        assertEquals(rows, png.getHeight());
        Colormap inferno = Colormap.byName("inferno");
        for (int[] rc : new int[][] {{0, 0}, {5, 17}, {399, 299}, {123, 45}}) {
            assertEquals(inferno.rgb(curves[rc[0]][rc[1]], 0, 100), png.getRGB(rc[1], rc[0]) & 0xffffff, "cell " + rc[0] + "," + rc[1]);
        }
    }
}
