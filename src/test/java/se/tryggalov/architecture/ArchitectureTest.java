package se.tryggalov.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The package boundaries of STYLE.md, written down so they stay true. */
class ArchitectureTest {

    /** Every feature package that exists; {@link #everyTopLevelPackageIsAFeatureOrTheBase} keeps the list whole. */
    static final String[] FEATURES = {"se.tryggalov.calendar..", "se.tryggalov.place..", "se.tryggalov.partner..",
            "se.tryggalov.volunteer..", "se.tryggalov.activity..", "se.tryggalov.roster..",
            "se.tryggalov.coverage..", "se.tryggalov.report..", "se.tryggalov.admin..", "se.tryggalov.demo..",
            "se.tryggalov.availability..", "se.tryggalov.privacy..", "se.tryggalov.dataimport..",
            "se.tryggalov.followup..", "se.tryggalov.notify.."};
    /** The base every feature may use: not features themselves. */
    static final Set<String> BASE = Set.of("se.tryggalov", "se.tryggalov.shared", "se.tryggalov.security",
            "se.tryggalov.jooq");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.tryggalov");
    }

    @Test
    void everyTopLevelPackageIsAFeatureOrTheBase() {
        Set<String> topLevel = classes.stream().map(JavaClass::getPackageName)
                .map(name -> name.split("\\.").length <= 2 ? name
                        : String.join(".", List.of(name.split("\\.")).subList(0, 3)))
                .filter(name -> !BASE.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = Arrays.stream(FEATURES).map(f -> f.substring(0, f.length() - 2))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("FEATURES lists exactly the feature packages that exist").isEqualTo(topLevel);
    }

    @Test
    void onlyRepositoriesAndTheAuditLogUseJooq() {
        noClasses().that().areNotAnnotatedWith(Repository.class)
                .and().doNotHaveFullyQualifiedName("se.tryggalov.shared.audit.AuditLog")
                .and(DescribedPredicate.describe("not nested in a repository",
                        (JavaClass c) -> c.getEnclosingClass().map(e -> !e.isAnnotatedWith(Repository.class))
                                .orElse(true)))
                .and().resideOutsideOfPackage("se.tryggalov.jooq..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .because("SQL lives in repositories; services and views speak in records")
                .check(classes);
    }

    @Test
    void onlyServicesUseTheAccountsOfPeopleAndOnlyThePrivacyFeatureTheirPersonalData() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("se.tryggalov.security.PersonAccounts")
                .because("it checks no rights: the calling service does")
                .check(classes);
        // a feature's XPersonalData exports and erases anyone's data without checking rights
        List<String> strangers = classes.stream()
                .filter(c -> !c.getPackageName().startsWith("se.tryggalov.privacy"))
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .filter(d -> d.getTargetClass().getSimpleName().endsWith("PersonalData")
                        && !d.getTargetClass().getPackageName().equals(d.getOriginClass().getPackageName()))
                .map(d -> d.getOriginClass().getName() + " -> " + d.getTargetClass().getName())
                .distinct().toList();
        assertThat(strangers).isEmpty();
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
