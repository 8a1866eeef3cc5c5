package org.fluorite.io.tiff.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The parts of OME-XML (stored in the ImageDescription of an OME-TIFF) that shape the image: the
 * first Image's Pixels element (DimensionOrder, SizeX/Y/Z/C/T, PhysicalSize*, TimeIncrement), its
 * Plane timestamps (DeltaT) and TiffData plane-to-page mapping. The parser refuses DOCTYPEs and
 * external entities.
 *
 * @param pixels        attributes of the Pixels element as written
 * @param image         attributes of the Image element
 * @param acquisitionDate AcquisitionDate text, or null
 * @param planes        attributes of each Plane element
 * @param tiffData      attributes of each TiffData element; "FileName" is added from a UUID child
 * @param channels      attributes of each Channel element
 * @param imageCount    number of Image elements in the document
 */
public record OmeMetadata(Map<String, String> pixels, Map<String, String> image, String acquisitionDate,
        List<Map<String, String>> planes, List<Map<String, String>> tiffData, List<Map<String, String>> channels,
        int imageCount) {

    /** True when the description looks like OME-XML. */
    public static boolean isOme(String description) {
        if (description == null) {
            return false;
        }
        String head = description.length() > 2000 ? description.substring(0, 2000) : description;
        return head.stripLeading().startsWith("<") && head.contains("<OME");
    }

    /**
     * Parses OME-XML.
     *
     * @throws IllegalArgumentException when the XML is not well formed or holds no Pixels element
     */
    public static OmeMetadata parse(String xml) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            doc = b.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("the OME-XML description is not valid XML (" + e.getMessage() + ")", e);
        }
        List<Element> images = children(doc.getDocumentElement(), "Image");
        if (images.isEmpty()) {
            throw new IllegalArgumentException("the OME-XML description has no Image element");
        }
        Element image = images.get(0);
        List<Element> pixelsList = children(image, "Pixels");
        if (pixelsList.isEmpty()) {
            throw new IllegalArgumentException("the OME-XML Image has no Pixels element");
        }
        Element pixels = pixelsList.get(0);
        String date = null;
        for (Element d : children(image, "AcquisitionDate")) {
            date = d.getTextContent().trim();
        }
        List<Map<String, String>> planes = new ArrayList<>();
        for (Element p : children(pixels, "Plane")) {
            planes.add(attributes(p));
        }
        List<Map<String, String>> tiffData = new ArrayList<>();
        for (Element t : children(pixels, "TiffData")) {
            Map<String, String> a = attributes(t);
            for (Element u : children(t, "UUID")) {
                if (u.hasAttribute("FileName")) {
                    a.put("FileName", u.getAttribute("FileName"));
                }
            }
            tiffData.add(a);
        }
        List<Map<String, String>> channels = new ArrayList<>();
        for (Element c : children(pixels, "Channel")) {
            channels.add(attributes(c));
        }
        return new OmeMetadata(attributes(pixels), attributes(image), date, planes, tiffData, channels, images.size());
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && localName.equals(localName(e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String localName(Element e) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> m = new LinkedHashMap<>();
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            m.put(a.getNodeName(), a.getNodeValue());
        }
        return m;
    }

    /** An integer attribute of Pixels, or {@code dflt}. */
    public long size(String attribute, long dflt) {
        String v = pixels.get(attribute);
        if (v == null) {
            return dflt;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    /**
     * A physical size attribute of Pixels in metres (units default to µm), or NaN.
     *
     * @param attribute "PhysicalSizeX", "PhysicalSizeY" or "PhysicalSizeZ"
     */
    public double metres(String attribute) {
        double v = Units.number(pixels.get(attribute));
        String unit = pixels.getOrDefault(attribute + "Unit", "µm");
        return v * Units.metresPer(unit);
    }

    /** TimeIncrement in seconds (units default to s), or NaN. */
    public double timeIncrementSeconds() {
        return Units.number(pixels.get("TimeIncrement")) * Units.secondsPer(pixels.getOrDefault("TimeIncrementUnit", "s"));
    }

    /** The attributes kept as a metadata summary. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        image.forEach((k, v) -> m.put("Image." + k, v));
        if (acquisitionDate != null) {
            m.put("AcquisitionDate", acquisitionDate);
        }
        pixels.forEach(m::put);
        if (!channels.isEmpty()) {
            m.put("Channels", new ArrayList<>(channels));
        }
        m.put("PlaneCount", planes.size());
        m.put("ImageCount", imageCount);
        return m;
    }
}
