package se.tryggalov.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package boundaries of STYLE.md, written down so they stay true. */
class ArchitectureTest {

    static final String[] FEATURES = {"se.tryggalov.calendar..", "se.tryggalov.place..", "se.tryggalov.partner..",
            "se.tryggalov.volunteer..", "se.tryggalov.activity..", "se.tryggalov.roster..", "se.tryggalov.signup..",
            "se.tryggalov.coverage..", "se.tryggalov.followup..", "se.tryggalov.report..",
            "se.tryggalov.notification..", "se.tryggalov.admin..", "se.tryggalov.demo..",
            "se.tryggalov.availability..", "se.tryggalov.privacy..", "se.tryggalov.dataimport.."};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.tryggalov");
    }

    @Test
    void sharedDependsOnNoFeatureAndNotOnSecurity() {
        noClasses().that().resideInAPackage("se.tryggalov.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAPackage("se.tryggalov.security..")
                .check(classes);
    }

    @Test
    void securityDependsOnNoFeature() {
        noClasses().that().resideInAPackage("se.tryggalov.security..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(classes);
    }

    @Test
    void onlyViewsAndTheShellUseVaadinComponents() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveFullyQualifiedName("se.tryggalov.Application")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .because("services never import Vaadin components")
                .check(classes);
    }

    @Test
    void viewsUseServicesNotTheDatabase() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "se.tryggalov.jooq..")
                .orShould().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .check(classes);
    }

    @Test
    void generatedJooqRecordsStayInsideRepositoriesAndTheAuditLog() {
        classes().that().resideInAPackage("se.tryggalov.jooq..")
                .should().onlyBeAccessed().byClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("repositories or the audit log",
                                c -> c.getPackageName().startsWith("se.tryggalov.jooq")
                                        || c.isAnnotatedWith(Repository.class)
                                        || c.getName().equals("se.tryggalov.shared.audit.AuditLog")
                                        || c.getEnclosingClass().map(e -> e.isAnnotatedWith(Repository.class)).orElse(false)))
                .check(classes);
    }

    @Test
    void onlyTheSolverPackageImportsTheSolver() {
        noClasses().that().resideOutsideOfPackage("se.tryggalov.roster.solver..")
                .should().dependOnClassesThat().resideInAPackage("org.optaplanner..")
                .check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("se.tryggalov.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noFeatureDependsOnTheDemoData() {
        noClasses().that().resideOutsideOfPackage("se.tryggalov.demo..")
                .should().dependOnClassesThat().resideInAPackage("se.tryggalov.demo..")
                .check(classes);
    }
}
