package org.euc.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the package map (README, "Architecture map"), read from the sources: any mention
 * of another feature's package counts, imports and class names inside JPQL strings alike.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/euc/portal");
    private static final Pattern FEATURE_MENTION = Pattern.compile("org\\.euc\\.portal\\.([a-z]+)\\.");

    @Test
    void commonDependsOnNoFeature() {
        assertEquals(Set.of(), dependencies().get("common"), "common is shared by every feature and knows none of them");
    }

    @Test
    void noTwoFeaturesDependOnEachOtherEvenThroughOthers() {
        Map<String, Set<String>> graph = dependencies();
        for (String feature : graph.keySet()) {
            List<String> path = pathBack(graph, feature, feature, new TreeSet<>());
            assertTrue(path.isEmpty(), "a dependency cycle: " + feature + " -> " + String.join(" -> ", path));
        }
    }

    @Test
    void pagesReachKeycloakOnlyThroughServices() {
        List<String> offenders = sources().filter(file -> file.toString().contains("/web/"))
                .filter(file -> read(file).contains("directory.service.KeycloakDirectory"))
                .map(Path::toString).toList();
        assertEquals(List.of(), offenders, "KeycloakDirectory does no authorization: only @RolesAllowed services may call it");
    }

    /** A path of dependencies from {@code from} that leads back to {@code target}, or empty. */
    private static List<String> pathBack(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                return List.of(next);
            }
            if (seen.add(next)) {
                List<String> rest = pathBack(graph, next, target, seen);
                if (!rest.isEmpty()) {
                    List<String> path = new ArrayList<>(List.of(next));
                    path.addAll(rest);
                    return path;
                }
            }
        }
        return List.of();
    }

    /** Each top-level package (feature, or common) and the others its sources mention. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> graph = new TreeMap<>();
        sources().forEach(file -> {
            String feature = SOURCES.relativize(file).getName(0).toString();
            Set<String> mentioned = graph.computeIfAbsent(feature, key -> new TreeSet<>());
            Matcher mention = FEATURE_MENTION.matcher(read(file));
            while (mention.find()) {
                if (!mention.group(1).equals(feature)) {
                    mentioned.add(mention.group(1));
                }
            }
        });
        return graph;
    }

    private static Stream<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
