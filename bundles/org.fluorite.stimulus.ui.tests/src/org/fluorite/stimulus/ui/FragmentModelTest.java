package org.fluorite.stimulus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.fluorite.stimulus.ui.parts.ShowStimulusMapHandler;
import org.fluorite.stimulus.ui.parts.StimulusMapPart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The bundle's contribution to the workbench model: part descriptor, command, handler and the View menu item. */
class FragmentModelTest {

    private static Path bundleFile(String name) {
        for (String base : new String[] {".", "bundles/org.fluorite.stimulus.ui", "../org.fluorite.stimulus.ui"}) {
            Path bundle = Path.of(base);
            if (Files.isRegularFile(bundle.resolve(name)) && Files.isRegularFile(bundle.resolve("fragment.e4xmi"))) {
                return bundle.resolve(name);
            }
        }
        throw new IllegalStateException("Cannot find " + name + " of org.fluorite.stimulus.ui");
    }

    private static List<Element> elements(Document d, String tag) {
        NodeList nodes = d.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element fragment(Document d, String id) {
        return elements(d, "fragments").stream().filter(f -> f.getAttribute("xmi:id").equals(id)).findFirst().orElseThrow();
    }

    private static Element firstElement(Element fragment) {
        return (Element) fragment.getElementsByTagName("elements").item(0);
    }

    @Test
    void thePartTheCommandAndTheMenuItemFitTogether() throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(bundleFile("fragment.e4xmi").toFile());
        Element part = firstElement(fragment(d, "_fs_descriptors"));
        assertEquals(StimulusMapPart.DESCRIPTOR_ID, part.getAttribute("elementId"));
        assertEquals("bundleclass://org.fluorite.stimulus.ui/" + StimulusMapPart.class.getName(),
                part.getAttribute("contributionURI"));
        assertEquals("org.fluorite.ui.partstack.tools", part.getAttribute("category"));
        assertEquals("false", part.getAttribute("allowMultiple"));

        Element handler = firstElement(fragment(d, "_fs_handlers"));
        assertEquals("bundleclass://org.fluorite.stimulus.ui/" + ShowStimulusMapHandler.class.getName(),
                handler.getAttribute("contributionURI"));
        Element command = firstElement(fragment(d, "_fs_commands"));
        assertEquals(command.getAttribute("xmi:id"), handler.getAttribute("command"));

        Element menu = fragment(d, "_fs_menu");
        assertEquals("org.fluorite.ui.menu.view", menu.getAttribute("parentElementId"));
        assertEquals("children", menu.getAttribute("featurename"));
        Element item = firstElement(menu);
        assertEquals("menu:HandledMenuItem", item.getAttribute("xsi:type"));
        assertEquals("&Stimulus Map", item.getAttribute("label"));
        assertEquals(command.getAttribute("xmi:id"), item.getAttribute("command"));
        for (String parent : elements(d, "fragments").stream().map(f -> f.getAttribute("parentElementId")).toList()) {
            assertTrue(parent.equals("org.fluorite.ui.application") || parent.equals("org.fluorite.ui.menu.view"), parent);
        }
    }

    @Test
    void theFragmentIsRegisteredAndPackaged() throws Exception {
        String plugin = Files.readString(bundleFile("plugin.xml"));
        assertTrue(plugin.contains("point=\"org.eclipse.e4.workbench.model\""), plugin);
        assertTrue(plugin.contains("<fragment uri=\"fragment.e4xmi\" apply=\"always\"/>"), plugin);
        String build = Files.readString(bundleFile("build.properties"));
        assertTrue(build.contains("plugin.xml") && build.contains("fragment.e4xmi") && build.contains("META-INF/"), build);
        String manifest = Files.readString(bundleFile("META-INF/MANIFEST.MF"));
        assertTrue(manifest.contains("Bundle-SymbolicName: org.fluorite.stimulus.ui;singleton:=true"), manifest);
    }
}
