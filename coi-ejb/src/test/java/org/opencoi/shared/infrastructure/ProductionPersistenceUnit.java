package org.opencoi.shared.infrastructure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the production persistence unit (META-INF/persistence.xml) lists, so that tests map exactly that. */
final class ProductionPersistenceUnit {

    private ProductionPersistenceUnit() {
    }

    /** The entity classes the unit lists. */
    static List<String> entityClasses() {
        NodeList nodes = read().getElementsByTagNameNS("*", "class");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            names.add(nodes.item(i).getTextContent().strip());
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("persistence.xml lists no entity classes");
        }
        return names;
    }

    /** The unit's properties (batch sizes, fetch sizes, schema), as the server applies them. */
    static Map<String, String> properties() {
        NodeList nodes = read().getElementsByTagNameNS("*", "property");
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element property = (Element) nodes.item(i);
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        return properties;
    }

    private static Document read() {
        try (InputStream in = ProductionPersistenceUnit.class.getResourceAsStream("/META-INF/persistence.xml")) {
            return DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read META-INF/persistence.xml", e);
        }
    }
}
