package dev.throughline.confluence;

import com.atlassian.confluence.macro.Macro;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.view.DevelopmentView;
import dev.throughline.core.view.OperatingTemplateView;
import dev.throughline.core.view.RecapsView;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin descriptor as Confluence and its macro browser read it, against the code and texts it names. */
class DescriptorTest {

    private static final String KEY = "dev.throughline.confluence";
    private static final List<String> MACROS = List.of("throughline-template", "throughline-development",
            "throughline-recap");

    private final Document descriptor = parse();
    private final ResourceBundle texts = ResourceBundle.getBundle("dev.throughline.confluence.i18n.confluence",
            Locale.ENGLISH);

    @Test
    void theKeyAndVersionAreThePlugins() {
        assertEquals(KEY, descriptor.getDocumentElement().getAttribute("key"));
        assertFalse(descriptor.getElementsByTagName("version").item(0).getTextContent().contains("${"),
                "the build filled in the version");
    }

    @Test
    void theThreeMacrosAreMacrosOfTheirClasses() throws Exception {
        List<String> names = new ArrayList<>();
        for (Element macro : elements("xhtml-macro")) {
            names.add(macro.getAttribute("name"));
            assertEquals(macro.getAttribute("name"), macro.getAttribute("key"));
            Class<?> type = Class.forName(macro.getAttribute("class"));
            assertTrue(Macro.class.isAssignableFrom(type), type + " is a Macro");
            assertEquals(1, type.getConstructors().length, type + " has one constructor to inject");
            assertEquals("reporting", ((Element) macro.getElementsByTagName("category").item(0))
                    .getAttribute("name"));
        }
        assertEquals(MACROS, names);
    }

    @Test
    void theMacroBrowserHasALabelAndDescriptionForEveryMacroAndParameter() {
        List<String> missing = new ArrayList<>();
        for (Element macro : elements("xhtml-macro")) {
            String prefix = KEY + "." + macro.getAttribute("name");
            List<String> keys = new ArrayList<>(List.of(prefix + ".label", prefix + ".desc"));
            NodeList parameters = macro.getElementsByTagName("parameter");
            for (int i = 0; i < parameters.getLength(); i++) {
                String name = ((Element) parameters.item(i)).getAttribute("name");
                keys.add(prefix + ".param." + name + ".label");
                keys.add(prefix + ".param." + name + ".desc");
            }
            keys.stream().filter(key -> !texts.containsKey(key)).forEach(missing::add);
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyIconIsInTheJar() {
        for (Element macro : elements("xhtml-macro")) {
            String icon = macro.getAttribute("icon");
            String prefix = "/download/resources/" + KEY + "/icons/";
            assertTrue(icon.startsWith(prefix), icon);
            assertNotNull(getClass().getResource("/dev/throughline/confluence/icons/"
                    + icon.substring(prefix.length())), icon);
        }
        Element icons = elements("resource").stream().filter(r -> r.getAttribute("name").equals("icons/"))
                .findFirst().orElseThrow();
        assertEquals("dev/throughline/confluence/icons/", icons.getAttribute("location"));
    }

    @Test
    void theStylesResourceIsTheCoresPagesCss() {
        Element styles = elements("web-resource").get(0);
        assertEquals("throughline-macros", styles.getAttribute("key"));
        String location = ((Element) styles.getElementsByTagName("resource").item(0)).getAttribute("location");
        assertNotNull(getClass().getResource("/" + location), location);
        assertEquals(KEY + ":throughline-macros", dev.throughline.confluence.macro.MacroOutput.RESOURCES);
    }

    @Test
    void everyI18nResourceExistsAndEveryModuleTextIsThere() {
        List<String> bundles = new ArrayList<>();
        for (Element resource : elements("resource")) {
            if (resource.getAttribute("type").equals("i18n")) {
                String location = resource.getAttribute("location");
                assertNotNull(ResourceBundle.getBundle(location, Locale.ENGLISH), location);
                bundles.add(location);
            }
        }
        assertTrue(bundles.containsAll(BundleMessages.BUNDLES), "every core bundle: " + bundles);
        assertTrue(bundles.contains("dev.throughline.confluence.i18n.confluence"));
        for (Element element : elements("*")) {
            String key = element.getTagName().equals("description") ? element.getAttribute("key")
                    : element.getAttribute("i18n-name-key");
            if (!key.isEmpty()) {
                assertTrue(texts.containsKey(key), "no text for " + key);
            }
        }
    }

    @Test
    void velocityMayCallEveryAccessorTheMacroTemplatesCanReach() {
        List<String> allowed = elements("method").stream().map(e -> e.getTextContent().trim()).toList();
        List<String> missing = new ArrayList<>();
        Set<Class<?>> reached = reachable(DevelopmentView.class, RecapsView.class, OperatingTemplateView.class);
        for (Class<?> view : reached) {
            for (RecordComponent component : view.getRecordComponents()) {
                String method = view.getName() + "#" + component.getName() + "()";
                if (!allowed.contains(method)) {
                    missing.add(method);
                }
            }
        }
        assertEquals(List.of(), missing, "accessors the templates may read but Confluence would refuse");
        assertEquals(9, reached.size(), "the views and their parts: " + reached);
    }

    /** The records reachable from {@code roots} through record components, lists of them included. */
    private static Set<Class<?>> reachable(Class<?>... roots) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Type> next = new ArrayDeque<>(List.of(roots));
        while (!next.isEmpty()) {
            Type type = next.pop();
            if (type instanceof ParameterizedType generic) {
                next.addAll(List.of(generic.getActualTypeArguments()));
            } else if (type instanceof Class<?> record && record.isRecord() && seen.add(record)) {
                for (RecordComponent component : record.getRecordComponents()) {
                    next.add(component.getGenericType());
                }
            }
        }
        return seen;
    }

    private List<Element> elements(String tag) {
        NodeList nodes = descriptor.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Document parse() {
        try (InputStream in = DescriptorTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("atlassian-plugin.xml could not be read", e);
        }
    }
}
