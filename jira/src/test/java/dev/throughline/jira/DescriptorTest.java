package dev.throughline.jira;

import com.atlassian.plugin.web.model.WebPanel;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.store.ao.AoStore;
import dev.throughline.jira.admin.AdminResource;
import dev.throughline.jira.pages.PagesServlet;
import dev.throughline.jira.pages.SessionPanel;
import dev.throughline.jira.work.SessionIssueEntity;
import dev.throughline.web.rest.RestApi;
import jakarta.servlet.http.HttpServlet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin descriptor as Jira reads it, against the code it names. */
class DescriptorTest {

    private final Document descriptor = parse();

    @Test
    void theKeyAndVersionAreThePlugins() {
        Element root = descriptor.getDocumentElement();
        assertEquals("dev.throughline.jira", root.getAttribute("key"));
        assertFalse(text("version").contains("${"), "the build filled in the version");
    }

    @Test
    void activeObjectsKnowsExactlyTheStoresEntitiesThenThePluginsOwn() throws Exception {
        List<Class<?>> listed = new ArrayList<>();
        for (String name : texts("entity")) {
            listed.add(Class.forName(name));
        }
        List<Class<?>> expected = new ArrayList<>(AoStore.ENTITIES);
        expected.add(SessionIssueEntity.class);
        assertEquals(expected, listed);
    }

    @Test
    void theRestModuleServesTheSharedApiUnderItsPath() {
        Element rest = (Element) descriptor.getElementsByTagName("rest").item(0);
        assertEquals("/throughline", rest.getAttribute("path"));
        assertEquals("1.0", rest.getAttribute("version"));
        assertEquals(RestApi.BASE_PATH, "/rest" + rest.getAttribute("path") + "/" + rest.getAttribute("version"));
        String restPackage = texts("package").get(0);
        for (Class<?> type : RestApi.classes()) {
            assertEquals(restPackage, type.getPackageName(), type.getName());
        }
    }

    @Test
    void everyI18nResourceExistsAndTheCoreBundlesAreAllThere() {
        NodeList resources = descriptor.getElementsByTagName("resource");
        List<String> bundles = new ArrayList<>();
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (resource.getAttribute("type").equals("i18n")) {
                String location = resource.getAttribute("location");
                assertNotNull(ResourceBundle.getBundle(location, Locale.ENGLISH), location);
                bundles.add(location);
            }
        }
        assertTrue(bundles.containsAll(BundleMessages.BUNDLES), "every core bundle: " + bundles);
        ResourceBundle jira = ResourceBundle.getBundle("dev.throughline.jira.i18n.jira", Locale.ENGLISH);
        NodeList named = descriptor.getElementsByTagName("*");
        for (int i = 0; i < named.getLength(); i++) {
            Element element = (Element) named.item(i);
            for (String attribute : List.of("i18n-name-key", "key")) {
                String key = element.getAttribute(attribute);
                boolean textKey = element.getTagName().equals("description") || element.getTagName().equals("label");
                if (attribute.equals("key") && !textKey || key.isEmpty()) {
                    continue;
                }
                assertTrue(jira.containsKey(key), "no text for " + key);
            }
        }
    }

    @Test
    void thePagesServletItsTemplatesAndItsWebResourcesAreThere() throws Exception {
        Element servlet = (Element) descriptor.getElementsByTagName("servlet").item(0);
        assertTrue(HttpServlet.class.isAssignableFrom(Class.forName(servlet.getAttribute("class"))));
        List<String> patterns = texts("url-pattern");
        assertEquals(List.of("/throughline", "/throughline/*"), patterns);
        assertEquals("/plugins/servlet" + patterns.get(0), PagesServlet.PATH);
        for (String template : List.of(PagesServlet.LAYOUT, PagesServlet.ERROR, PagesServlet.ADMIN)) {
            assertNotNull(getClass().getClassLoader().getResource(template), template);
        }
        Element resources = (Element) descriptor.getElementsByTagName("web-resource").item(0);
        assertEquals(PagesServlet.RESOURCES, root().getAttribute("key") + ":" + resources.getAttribute("key"));
        NodeList files = resources.getElementsByTagName("resource");
        assertTrue(files.getLength() >= 4);
        for (int i = 0; i < files.getLength(); i++) {
            String location = ((Element) files.item(i)).getAttribute("location");
            assertNotNull(getClass().getClassLoader().getResource(location), location);
        }
        for (String link : texts("link")) {
            assertTrue(link.startsWith(PagesServlet.PATH), "every link goes to the pages: " + link);
        }
    }

    @Test
    void theIssuePanelIsOurs() throws Exception {
        Element panel = (Element) descriptor.getElementsByTagName("web-panel").item(0);
        assertTrue(WebPanel.class.isAssignableFrom(Class.forName(panel.getAttribute("class"))));
        assertNotNull(getClass().getClassLoader().getResource(SessionPanel.PREP));
        assertNotNull(getClass().getClassLoader().getResource(SessionPanel.SESSION));
    }

    @Test
    void everyRestPackageHoldsResources() {
        for (String restPackage : texts("package")) {
            assertTrue(restPackage.equals(RestApi.class.getPackageName())
                    || restPackage.equals(AdminResource.class.getPackageName()), restPackage);
        }
        assertTrue(texts("package").contains(AdminResource.class.getPackageName()));
        assertNotNull(AdminResource.class.getAnnotation(jakarta.ws.rs.Path.class));
        for (Class<?> type : RestApi.classes()) {
            assertNotNull(type.getAnnotation(jakarta.inject.Named.class), type + " is a component REST v2 can make");
        }
        assertNotNull(AdminResource.class.getAnnotation(jakarta.inject.Named.class));
    }

    private Element root() {
        return descriptor.getDocumentElement();
    }

    @Test
    void velocityMayCallEveryAccessorOfEveryViewRecord() throws Exception {
        List<String> allowed = texts("method");
        List<String> missing = new ArrayList<>();
        for (Class<?> view : viewRecords()) {
            for (java.lang.reflect.RecordComponent component : view.getRecordComponents()) {
                String method = view.getName() + "#" + component.getName() + "()";
                if (!allowed.contains(method)) {
                    missing.add(method);
                }
            }
        }
        assertEquals(List.of(), missing, "accessors the templates may read but Jira would refuse");
        assertTrue(allowed.size() > 150, "the list was read: " + allowed.size());
    }

    /** Every public record in the core's view package, nested ones included. */
    private static List<Class<?>> viewRecords() throws Exception {
        List<Class<?>> records = new ArrayList<>();
        java.net.URL location = dev.throughline.core.view.TeamView.class.getProtectionDomain().getCodeSource()
                .getLocation();
        java.nio.file.Path root = java.nio.file.Path.of(location.toURI());
        List<String> names = new ArrayList<>();
        if (java.nio.file.Files.isDirectory(root)) {
            try (var files = java.nio.file.Files.walk(root.resolve("dev/throughline/core/view"))) {
                files.map(path -> root.relativize(path).toString()).forEach(names::add);
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
                jar.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(name -> name.startsWith("dev/throughline/core/view/")).forEach(names::add);
            }
        }
        for (String name : names) {
            if (name.endsWith(".class")) {
                Class<?> type = Class.forName(name.replace('/', '.').replace('\\', '.')
                        .substring(0, name.length() - ".class".length()));
                if (type.isRecord() && java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
                    records.add(type);
                }
            }
        }
        return records;
    }

    private String text(String tag) {
        return descriptor.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    private List<String> texts(String tag) {
        NodeList nodes = descriptor.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
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
