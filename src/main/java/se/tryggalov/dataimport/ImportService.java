package se.tryggalov.dataimport;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.volunteer.PeopleAccess;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * CSV import of partner organisations, their contacts and volunteers: first a dry run ({@link #check}) that
 * reports per row what would change and every problem, then {@link #apply}, which writes the same change set in
 * one transaction, or nothing at all when any row is wrong. Re-importing a file changes nothing.
 * <p>
 * Administrators and coordinators import everything; a partner contact imports contacts and volunteers of their
 * own organisation only (rows naming another organisation are errors). Imported volunteers are created INVITED:
 * a disabled account without a usable password, until they accept an invitation from the volunteers feature.
 */
@Service
public class ImportService {

    public static final int MAX_FILE_BYTES = se.tryggalov.shared.validation.ImportFiles.MAX_BYTES;
    public static final int MAX_ROWS = 5_000;

    private final ImportPlanner planner;
    private final ImportRepository repository;
    private final PeopleAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    ImportService(ImportPlanner planner, ImportRepository repository, PeopleAccess access, CurrentUser currentUser,
                  AuditLog audit) {
        this.planner = planner;
        this.repository = repository;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The kinds of file the caller may import. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional(readOnly = true)
    public List<ImportKind> kinds() {
        return access.scope().everyone() ? List.of(ImportKind.values())
                : List.of(ImportKind.CONTACTS, ImportKind.VOLUNTEERS);
    }

    /**
     * The template: the Swedish headers and one example row, semicolon separated, UTF-8 with a byte order mark so
     * that Excel shows å, ä and ö. The example names real districts and (for a partner contact) their organisation.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional(readOnly = true)
    public byte[] template(ImportKind kind) {
        requireAllowed(kind);
        Map<String, String> sv = Translations.texts(Translations.SWEDISH);
        List<String> districts = repository.districtNames(2);
        String organisation = currentUser.account().map(Account::organisationName)
                .filter(name -> !access.scope().everyone())
                .or(() -> repository.organisations().stream().map(ImportRepository.OrganisationState::name).findFirst())
                .orElse(sv.get("imports.example.organisation"));
        List<String> example = switch (kind) {
            case ORGANISATIONS -> List.of(sv.get("imports.example.organisation"),
                    sv.get("organisation.kind.NIGHT_WALKERS"), String.join("|", districts));
            case CONTACTS -> List.of(organisation, sv.get("imports.example.contactName"),
                    sv.get("imports.example.contactRole"), "08-123 456 78", sv.get("imports.example.contactEmail"));
            case VOLUNTEERS -> List.of(sv.get("imports.example.volunteerName"),
                    sv.get("imports.example.volunteerEmail"), "070-123 45 67", organisation,
                    districts.isEmpty() ? "" : districts.getFirst(), RowValues.firstWord(sv.get("imports.value.yes")),
                    "", "2026-03-14", "2029-03-14", RowValues.firstWord(sv.get("imports.value.no")), "",
                    "2026-04-20", "2028-04-20", sv.get("imports.example.languages"),
                    RowValues.firstWord(sv.get("imports.value.active")));
        };
        String csv = ImportCsv.templateHeader(kind) + "\r\n"
                + String.join(";", example.stream().map(ImportService::csvValue).toList()) + "\r\n";
        return (ImportCsv.UTF8_BOM + csv).getBytes(StandardCharsets.UTF_8);
    }

    /** The dry run: what importing this file would do, row by row. Writes nothing. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional(readOnly = true)
    public ImportPreview check(ImportKind kind, byte[] content) {
        requireAllowed(kind);
        return planner.plan(kind, content).preview();
    }

    /**
     * Writes the change set of a file in one transaction. The file is checked again inside the transaction
     * (someone may have changed the data since the dry run): any error refuses the whole file, and a change set
     * that differs from the one the user saw ({@code fingerprint} of their {@link ImportPreview}; null to skip the
     * comparison) is refused too. Nothing is written then.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public ImportResult apply(ImportKind kind, byte[] content, String fingerprint) {
        requireAllowed(kind);
        repository.lockImports();
        ImportPlanner.Plan plan = planner.plan(kind, content);
        ImportPreview preview = plan.preview();
        if (preview.hasErrors()) {
            long errors = preview.fileProblems().size() + preview.count(ImportOutcome.ERROR);
            throw new UserMessageException("imports.error.applyRefused", errors);
        }
        if (fingerprint != null && !fingerprint.equals(preview.fingerprint())) {
            throw ImportPlanner.changedSinceCheck();
        }
        try {
            plan.rows().stream().map(ImportPlanner.PlannedRow::write).filter(Objects::nonNull).forEach(Runnable::run);
        } catch (DataIntegrityViolationException e) { // someone created the same record a moment ago
            throw ImportPlanner.changedSinceCheck();
        }
        int created = (int) preview.count(ImportOutcome.NEW);
        int changed = (int) preview.count(ImportOutcome.CHANGED);
        int unchanged = (int) preview.count(ImportOutcome.UNCHANGED);
        if (created + changed > 0) {
            audit.record(AuditAction.DATA_IMPORTED, "import", kind.name(),
                    "new=" + created + ", changed=" + changed + ", unchanged=" + unchanged);
        }
        return new ImportResult(kind, created, changed, unchanged, kind == ImportKind.VOLUNTEERS ? created : 0);
    }

    private void requireAllowed(ImportKind kind) {
        if (kind == null || !kinds().contains(kind)) {
            throw new UserMessageException("imports.error.kindNotAllowed");
        }
    }

    private static String csvValue(String value) {
        return value.contains(";") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
