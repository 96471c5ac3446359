package org.euc.portal.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API contract, checked without a server. SmallRye builds {@code /openapi} from the MicroProfile
 * OpenAPI annotations, so a call without them ships undocumented; and a call that declares any
 * answer loses the success answer SmallRye would otherwise infer, so each must declare that too.
 * Every JAX-RS call of every resource is read by reflection; a new one that skips its description
 * fails here, naming what is missing.
 */
class ApiContractDocumentedTest {

    private static List<Method> calls;

    @BeforeAll
    static void everyJaxRsCallOfThePortal() throws IOException, URISyntaxException {
        calls = resourceClasses().stream()
                .flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()))
                .filter(method -> Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                .sorted(Comparator.comparing(ApiContractDocumentedTest::name))
                .toList();
        assertTrue(calls.size() > 40, "found the API's calls: " + calls.size());
    }

    @Test
    void everyCallSaysWhatItDoesAndWhatItAnswersOnSuccess() {
        List<String> wrong = new ArrayList<>();
        for (Method call : calls) {
            Operation operation = call.getAnnotation(Operation.class);
            if (operation == null || operation.summary().isBlank()) {
                wrong.add(name(call) + ": no @Operation summary");
            }
            List<APIResponse> successes = Arrays.stream(call.getAnnotationsByType(APIResponse.class))
                    .filter(response -> response.responseCode().startsWith("2")).toList();
            if (successes.isEmpty()) {
                wrong.add(name(call) + ": no 2xx @APIResponse (declaring any answer hides the inferred one)");
            }
            // SmallRye cannot see what a Response carries
            if (call.getReturnType() == Response.class && successes.stream()
                    .anyMatch(success -> !success.responseCode().equals("204") && success.content().length == 0)) {
                wrong.add(name(call) + ": returns a Response, so its success answer must name its content");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyCallDocumentsTheErrorsItCanAnswer() {
        List<String> wrong = new ArrayList<>();
        for (Method call : calls) {
            Set<String> codes = answerCodes(call);
            if (codes.stream().noneMatch(code -> code.startsWith("4") || code.startsWith("5"))) {
                wrong.add(name(call) + ": no error answer at all");
            }
            Map<String, String> expected = new TreeMap<>();
            if (isPublic(call)) {
                if (codes.contains("401") || codes.contains("403")) {
                    wrong.add(name(call) + ": public, yet documents a refusal for want of a token or role");
                }
            } else {
                expected.put("401", "a call without a token");
                expected.put("403", "a role that may not");
            }
            if (bodyOf(call).isPresent() && consumes(call).contains(MediaType.APPLICATION_JSON)) {
                expected.put("400", "an unreadable body");
            }
            // another agency's certificate is answered as unknown (ApiAuthorizationMatrixIT)
            if (pathOf(call).contains("{reference}")) {
                expected.put("404", "an unknown or another agency's certificate");
            }
            if (bodyOf(call).filter(VersionedChange.class::isAssignableFrom).isPresent()) {
                expected.put("409", "a stale version");
                expected.put("422", "a missing version");
            }
            expected.forEach((code, cause) -> {
                if (!codes.contains(code)) {
                    wrong.add(name(call) + ": does not document " + code + " for " + cause);
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyBodyIsDescribedWithAnExample() {
        List<String> wrong = new ArrayList<>();
        for (Method call : calls) {
            if (bodyOf(call).isEmpty()) {
                continue;
            }
            RequestBody body = call.getAnnotation(RequestBody.class);
            boolean binary = consumes(call).stream().noneMatch(type -> type.startsWith("text/")
                    || type.equals(MediaType.APPLICATION_JSON));
            if (body == null) {
                wrong.add(name(call) + ": takes a body without @RequestBody");
            } else if (binary ? body.description().isBlank() : Arrays.stream(body.content())
                    .noneMatch(content -> !content.example().isBlank() || content.examples().length > 0)) {
                wrong.add(name(call) + (binary ? ": a binary body without a description"
                        : ": a body without an example"));
            } else if (body.required() == call.isAnnotationPresent(BodyOptional.class)) {
                wrong.add(name(call) + ": @RequestBody(required) disagrees with @BodyOptional");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A shared answer referred to but never declared would be a dangling $ref in the document. */
    @Test
    void sharedErrorAnswersAreDeclaredOnceWithTheErrorBody() {
        APIResponse[] declared = RestApplication.class.getAnnotation(OpenAPIDefinition.class).components().responses();
        Set<String> names = Arrays.stream(declared).map(APIResponse::name).collect(Collectors.toSet());
        assertEquals(declared.length, names.size(), "each shared answer declared once");
        for (APIResponse answer : declared) {
            assertFalse(answer.description().isBlank(), answer.name());
            assertEquals(List.of(ApiError.class), Arrays.stream(answer.content()).map(Content::schema)
                    .map(schema -> schema.implementation()).toList(), answer.name() + " answers the error body");
        }
        List<String> dangling = calls.stream()
                .flatMap(call -> Stream.concat(Arrays.stream(call.getAnnotationsByType(APIResponse.class)),
                        Arrays.stream(call.getDeclaringClass().getAnnotationsByType(APIResponse.class)))
                        .filter(response -> !response.ref().isEmpty() && !names.contains(response.ref()))
                        .map(response -> name(call) + ": " + response.ref()))
                .distinct().toList();
        assertEquals(List.of(), dangling);
    }

    @Test
    void everyResourceIsFiledUnderADeclaredTag() {
        Set<String> declared = Arrays.stream(RestApplication.class.getAnnotation(OpenAPIDefinition.class).tags())
                .map(Tag::name).collect(Collectors.toSet());
        List<String> wrong = calls.stream()
                .filter(call -> tagsOf(call).isEmpty() || !declared.containsAll(tagsOf(call)))
                .map(call -> name(call) + ": tags " + tagsOf(call) + ", declared " + declared)
                .toList();
        assertEquals(List.of(), wrong);
    }

    /** The answers SmallRye puts in the document: the method's and its class's (which apply to every method). */
    private static Set<String> answerCodes(Method call) {
        return Stream.concat(Arrays.stream(call.getAnnotationsByType(APIResponse.class)),
                        Arrays.stream(call.getDeclaringClass().getAnnotationsByType(APIResponse.class)))
                .map(APIResponse::responseCode).collect(Collectors.toSet());
    }

    /** A call that declares an empty security requirement needs no token. */
    private static boolean isPublic(Method call) {
        return Arrays.stream(call.getAnnotationsByType(SecurityRequirementsSet.class))
                .anyMatch(requirements -> requirements.value().length == 0);
    }

    private static Optional<Class<?>> bodyOf(Method call) {
        return Arrays.stream(call.getParameters()).filter(RequiredBodyFilter::isBody)
                .<Class<?>>map(java.lang.reflect.Parameter::getType).findFirst();
    }

    private static List<String> consumes(Method call) {
        Consumes consumes = Optional.ofNullable(call.getAnnotation(Consumes.class))
                .orElse(call.getDeclaringClass().getAnnotation(Consumes.class));
        return consumes == null ? List.of() : List.of(consumes.value());
    }

    private static Set<String> tagsOf(Method call) {
        return Stream.of(call, call.getDeclaringClass())
                .flatMap(element -> Arrays.stream(((AnnotatedElement) element).getAnnotationsByType(Tag.class)))
                .map(Tag::name).collect(Collectors.toSet());
    }

    private static String pathOf(Method call) {
        Path method = call.getAnnotation(Path.class);
        return call.getDeclaringClass().getAnnotation(Path.class).value() + (method == null ? "" : method.value());
    }

    private static String name(Method call) {
        return call.getDeclaringClass().getSimpleName() + "." + call.getName();
    }

    /** The portal's classes with a JAX-RS @Path, read from the directory the main classes were compiled to. */
    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException {
        java.nio.file.Path classes = Paths.get(RestApplication.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            List<Class<?>> resources = new ArrayList<>();
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")
                    && !f.getFileName().toString().contains("-info")).toList()) {
                String className = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = load(className);
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
            return resources;
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, ApiContractDocumentedTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("compiled, yet not loadable: " + className, e);
        }
    }
}
