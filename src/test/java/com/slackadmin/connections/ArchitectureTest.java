package com.slackadmin.connections;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The structure the code keeps: features (account, audit, bulk, card, connection, notification, slack) depend on each other one
 * way only and on {@code platform}, never the reverse; inside a feature boundary -> control -> entity; only
 * boundaries (and {@code platform}, which hosts the web applications) touch servlets, JAX-RS, Krazo or pac4j;
 * another feature's store is never used; the Slack sandbox and the product share no code.
 */
class ArchitectureTest {

  static final String ROOT = "com.slackadmin.connections";
  static final String[] PRODUCT_FEATURES = {"account", "audit", "bulk", "card", "connection", "notification",
      "slack"};
  static final String[] WEB_TYPES = {"jakarta.servlet..", "jakarta.ws.rs..", "jakarta.mvc..", "org.pac4j..",
      "com.github.scribejava..", "org.eclipse.krazo.."};

  static JavaClasses product;

  @BeforeAll
  static void importTheProduct() {
    product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  void featuresDependOnEachOtherOneWayOnly() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(product);
  }

  @Test
  void platformDependsOnNoFeature() {
    noClasses().that().resideInAPackage(ROOT + ".platform..")
        .should().dependOnClassesThat().resideInAnyPackage(packagesOf(PRODUCT_FEATURES))
        .check(product);
  }

  @Test
  void controlNeverReachesUpToABoundary() {
    noClasses().that().resideInAPackage("..control..")
        .should().dependOnClassesThat().resideInAPackage("..boundary..")
        .check(product);
  }

  @Test
  void entitiesDependOnNoControlOrBoundary() {
    noClasses().that().resideInAPackage("..entity..")
        .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..")
        .check(product);
  }

  @Test
  void onlyBoundariesAndThePlatformSpeakHttp() {
    noClasses().that().resideOutsideOfPackages("..boundary..", ROOT + ".platform..")
        .should().dependOnClassesThat().resideInAnyPackage(WEB_TYPES)
        .check(product);
  }

  @ParameterizedTest
  @ValueSource(strings = {"account", "audit", "bulk", "card", "connection", "notification", "slack"})
  void aFeaturesStoreIsItsOwn(String feature) {
    noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + "..")
        .should().dependOnClassesThat(resideInAPackage(ROOT + "." + feature + "..").and(simpleNameEndingWith("Store")))
        .check(product);
  }

  @Test
  void theSandboxUsesNothingOfTheProduct() {
    noClasses().that().resideInAPackage(ROOT + ".sandbox..")
        .should().dependOnClassesThat().resideInAnyPackage(packagesOf(PRODUCT_FEATURES))
        .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".platform..")
        .check(product);
  }

  @Test
  void theProductUsesNothingOfTheSandbox() {
    noClasses().that().resideOutsideOfPackage(ROOT + ".sandbox..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".sandbox..")
        .check(product);
  }

  private static String[] packagesOf(String... features) {
    String[] packages = new String[features.length];
    for (int i = 0; i < features.length; i++) {
      packages[i] = ROOT + "." + features[i] + "..";
    }
    return packages;
  }
}
