package org.euc.portal.benchmark;

import java.io.ByteArrayOutputStream;
import org.euc.portal.benchmark.floor.FloorRows;
import org.euc.portal.testsupport.ServerManagement;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The yardstick: a bare JSF page (one form, one 20-row table; no database, no login, no
 * PrimeFaces) deployed beside the portal in the same WildFly for the length of a benchmark, so both
 * are measured on the same server, in the same run.
 */
final class FloorPage {

    static final String DEPLOYMENT = "euc-benchmark-floor.war";
    static final String PATH = "/euc-benchmark-floor/index.xhtml";

    private FloorPage() {
    }

    static void deploy() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, DEPLOYMENT)
                .addClass(FloorRows.class)
                .addClass(FloorRows.Row.class)
                .addAsWebResource(FloorPage.class.getResource("/benchmark/floor.xhtml"), "index.xhtml")
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                        + "version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .setWebXML(new StringAsset("""
                        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <servlet>
                                <servlet-name>faces</servlet-name>
                                <servlet-class>jakarta.faces.webapp.FacesServlet</servlet-class>
                            </servlet>
                            <servlet-mapping>
                                <servlet-name>faces</servlet-name>
                                <url-pattern>*.xhtml</url-pattern>
                            </servlet-mapping>
                            <welcome-file-list><welcome-file>index.xhtml</welcome-file></welcome-file-list>
                        </web-app>
                        """));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        war.as(ZipExporter.class).exportTo(bytes);
        ServerManagement.deploy(DEPLOYMENT, bytes.toByteArray());
    }

    static void undeploy() {
        ServerManagement.undeploy(DEPLOYMENT);
    }
}
