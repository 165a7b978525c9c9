package dev.motorhub.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The rules of ARCHITECTURE.md, checked on the compiled main code of every module. */
@AnalyzeClasses(
    packages = "dev.motorhub",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

  /** Leaves out the test kits other modules share as test jars (the contracts, the fixtures). */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  @ArchTest
  static final ArchRule domainDependsOnNothingButTheJdk =
      classes()
          .that()
          .resideInAPackage("dev.motorhub.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "dev.motorhub.domain..");

  @ArchTest
  static final ArchRule applicationDependsOnlyOnTheDomainAndTheJdk =
      classes()
          .that()
          .resideInAPackage("dev.motorhub.application..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "javax.crypto..", "dev.motorhub.domain..", "dev.motorhub.application..");

  @ArchTest
  static final ArchRule adaptersNeverReachIntoBootstrap =
      noClasses()
          .that()
          .resideInAPackage("dev.motorhub.adapters..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.motorhub.bootstrap..");

  @ArchTest
  static final ArchRule coreNeverReachesTheAdapters =
      noClasses()
          .that()
          .resideInAnyPackage("dev.motorhub.domain..", "dev.motorhub.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.motorhub.adapters..", "dev.motorhub.bootstrap..");

  @ArchTest
  static final ArchRule adaptersAreIndependentOfEachOther =
      slices().matching("dev.motorhub.adapters.(*)..").should().notDependOnEachOther();

  @ArchTest
  static final ArchRule domainContextsAreFreeOfCycles =
      slices().matching("dev.motorhub.domain.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule applicationContextsAreFreeOfCycles =
      slices().matching("dev.motorhub.application.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyTheCommandLineUsesStandardStreams =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(Main.class.getName())
          .should(ACCESS_STANDARD_STREAMS);

  @ArchTest static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @ArchTest
  static final ArchRule theCoreTakesTimeAndIdsFromItsPorts =
      noClasses()
          .that()
          .resideInAnyPackage("dev.motorhub.domain..", "dev.motorhub.application..")
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(UUID.class, "randomUUID");
}
