package org.euc.portal.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

/**
 * Keycloak keeps the language a user picks in the portal and shows its login pages in it, but only
 * in the languages its realm supports: each realm must offer exactly the portal's languages.
 */
class RealmLanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"keycloak/euc-realm.json", "keycloak/production/euc-realm.json"})
    void theRealmOffersThePortalsLanguages(String realmFile) throws Exception {
        JsonObject realm;
        try (Reader in = Files.newBufferedReader(Path.of(realmFile))) {
            realm = Json.createReader(in).readObject();
        }
        Set<String> offered = realm.getJsonArray("supportedLocales").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).collect(Collectors.toCollection(TreeSet::new));

        assertTrue(realm.getBoolean("internationalizationEnabled"), realmFile);
        assertEquals(portalLanguages(), offered, realmFile);
        assertEquals("en", realm.getString("defaultLocale"), realmFile);
    }

    /** The default and supported locales of faces-config.xml, which the header offers. */
    private static Set<String> portalLanguages() throws Exception {
        NodeList locales = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/faces-config.xml").toFile())
                .getElementsByTagName("locale-config").item(0).getChildNodes();
        Set<String> languages = new TreeSet<>();
        for (int i = 0; i < locales.getLength(); i++) {
            String name = locales.item(i).getNodeName();
            if (name.equals("default-locale") || name.equals("supported-locale")) {
                languages.add(locales.item(i).getTextContent().strip());
            }
        }
        assertTrue(languages.contains("en"), "found the portal's languages: " + languages);
        return languages;
    }
}
