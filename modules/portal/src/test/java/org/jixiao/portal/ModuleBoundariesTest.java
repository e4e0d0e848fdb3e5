package org.jixiao.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of the README: portal → module {@code api} → domain. No module reaches into another
 * module or into anyone's {@code internal}; the domain depends on no module.
 */
class ModuleBoundariesTest {

  private static final List<String> MODULES = List.of("budgeting", "indicators", "procurement", "reporting");
  private static JavaClasses classes;

  @BeforeAll
  static void importTheWholeApplication() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jixiao");
  }

  static List<String> modules() {
    return MODULES;
  }

  @ParameterizedTest
  @MethodSource("modules")
  void aModule_dependsOnNoOtherModule(String module) {
    String[] others =
        MODULES.stream().filter(m -> !m.equals(module)).map(m -> "org.jixiao." + m + "..").toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage("org.jixiao." + module + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .check(classes);
  }

  @ParameterizedTest
  @MethodSource("modules")
  void thePortal_usesOnlyAModulesApi(String module) {
    noClasses()
        .that()
        .resideInAPackage("org.jixiao.portal..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jixiao." + module + ".internal..")
        .check(classes);
  }

  @Test
  void theDomain_dependsOnNoModuleAndNotOnThePortal() {
    noClasses()
        .that()
        .resideInAPackage("org.jixiao.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.jixiao.budgeting..", "org.jixiao.indicators..", "org.jixiao.procurement..",
            "org.jixiao.reporting..", "org.jixiao.portal..")
        .check(classes);
  }
}
