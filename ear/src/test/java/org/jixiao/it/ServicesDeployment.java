package org.jixiao.it;

import java.io.File;
import java.util.List;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR for in-container tests: the built module jars and libraries (from the EAR's work directory) plus a
 * test WAR. The services require portal roles: in this test application every caller holds them, so tests
 * of scoping pass a {@link org.jixiao.domain.security.Caller} with the roles and division they play.
 */
final class ServicesDeployment {

  private static final String[] ROLES = {"division-head", "leadership", "finance", "admin"};

  private ServicesDeployment() {}

  static EnterpriseArchive of(String name, Class<?>... testClasses) {
    File work = new File(System.getProperty("ear.work.dir", "target/jixiao"));
    EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, name + ".ear");
    for (File lib : Objects.requireNonNull(new File(work, "lib").listFiles())) {
      ear.addAsLibrary(lib);
    }
    for (String module : List.of("budgeting", "indicators", "procurement", "reporting")) {
      ear.addAsModule(ShrinkWrap.createFromZipFile(JavaArchive.class, new File(work, module + ".jar")));
    }
    ear.addAsModule(
        ShrinkWrap.create(WebArchive.class, name + ".war")
            .addClasses(testClasses)
            .addClasses(TestEnvironment.class, ServicesDeployment.class)
            .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
            .addAsWebInfResource(new StringAsset("<beans bean-discovery-mode=\"all\"/>"), "beans.xml"));
    StringBuilder bnd =
        new StringBuilder("<application-bnd xmlns=\"http://websphere.ibm.com/xml/ns/javaee\" version=\"1.2\">");
    for (String role : ROLES) {
      bnd.append("<security-role name=\"").append(role).append("\"><special-subject type=\"EVERYONE\"/></security-role>");
    }
    ear.addAsManifestResource(new StringAsset(bnd.append("</application-bnd>").toString()), "ibm-application-bnd.xml");
    return ear;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
