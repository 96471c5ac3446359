package org.euc.portal.testsupport.incontainer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.euc.portal.common.checkpoint.CheckpointSchedule;
import org.euc.portal.review.service.DailyReviewJobs;
import org.euc.portal.testsupport.DemoUser;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive an in-container test deploys: the portal exactly as the build packaged it, plus the
 * test classes, under its own context root next to the running portal. Three things differ, each
 * so that the copy does not disturb the portal it runs beside: it answers at
 * {@value #CONTEXT_ROOT}, Arquillian's runner servlet is outside the portal's login (it is how the
 * tests reach the copy), and the copy runs no timers of its own.
 */
public final class PortalCopy {

    public static final String CONTEXT_ROOT = "/euc-in-container";
    private static final String RUNNER_CONSTRAINT = """
                <!-- IN-CONTAINER TESTS ONLY: Arquillian's runner is reached without logging in -->
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            """;

    private PortalCopy() {
    }

    /** The packaged portal with the given test classes and the in-container support classes. */
    public static WebArchive with(Class<?>... testClasses) {
        Path war = Path.of(System.getProperty("euc.project.dir", "."), "target", "euc-portal.war");
        WebArchive copy = ShrinkWrap.create(ZipImporter.class, "euc-portal-in-container.war")
                .importFrom(war.toFile()).as(WebArchive.class);
        copy.delete("WEB-INF/jboss-web.xml");
        copy.addAsWebInfResource(new StringAsset("<jboss-web><context-root>" + CONTEXT_ROOT
                + "</context-root></jboss-web>"), "jboss-web.xml");
        String webXml = read(copy, "WEB-INF/web.xml");
        int firstConstraint = webXml.indexOf("    <security-constraint>");
        copy.delete("WEB-INF/web.xml");
        copy.addAsWebInfResource(new StringAsset(webXml.substring(0, firstConstraint) + RUNNER_CONSTRAINT
                + webXml.substring(firstConstraint)), "web.xml");
        // the test identities carry token claims, which WildFly's OIDC client keeps in jose4j's type
        copy.addAsWebInfResource(new StringAsset("<jboss-deployment-structure><deployment><dependencies>"
                + "<module name=\"org.bitbucket.jose4j\"/></dependencies></deployment></jboss-deployment-structure>"),
                "jboss-deployment-structure.xml");
        copy.delete(classFile(DailyReviewJobs.class));
        copy.delete(classFile(CheckpointSchedule.class));
        copy.addClasses(InContainerTest.class, StackOutsideTheServer.class, PortalCopy.class, RunAs.class,
                RunAs.Work.class, Certificates.class, Records.class, DemoUser.class);
        copy.addClasses(testClasses);
        copy.addPackages(true, "org.awaitility", "org.hamcrest"); // waiting for a condition, inside too
        return copy;
    }

    private static String read(WebArchive archive, String path) {
        try (var in = archive.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArchivePath classFile(Class<?> type) {
        return ArchivePaths.create("WEB-INF/classes/" + type.getName().replace('.', '/') + ".class");
    }
}
