package se.tryggalov.activity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.shared.ui.EmptyState;
import se.tryggalov.activity.CoverageRule;
import se.tryggalov.activity.CoverageRuleDraft;
import se.tryggalov.activity.CoverageRuleService;
import se.tryggalov.activity.DistrictScope;
import se.tryggalov.activity.GenerationPreview;
import se.tryggalov.activity.GenerationResult;
import se.tryggalov.activity.GenerationSource;
import se.tryggalov.activity.NeedsDecision;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coverage rules that turn the risk calendar into shifts, so nobody types 300 evenings by hand. Coordinators add,
 * edit, switch off and delete rules, preview what applying them to a school year would create, update and delete
 * (and which shifts with people on them need a decision), then apply. {@code ?year=2026} preselects the year.
 */
@Route("plan/rules")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
@Menu(order = 52, icon = "vaadin:cogs", title = "nav.planRules")
@StyleSheet("context://styles/plan.css")
public class RulesView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final CoverageRuleService rules;
    private final CalendarService calendar;
    private final PlanTexts texts;
    private final List<District> districtList;
    private final List<Organisation> organisationList;
    private final Map<Long, String> districtNames;

    final Grid<CoverageRule> grid = new Grid<>();
    final Button newRule;
    final Button installDefaults;
    final Select<SchoolYear> year = new Select<>();
    final Button preview;
    final Button apply;
    final Div previewArea = new Div();
    final Div resultArea = new Div();
    private GenerationPreview shownPreview;

    RulesView(CoverageRuleService rules, CalendarService calendar, PlaceService places, PartnerService partners) {
        this.rules = rules;
        this.calendar = calendar;
        this.texts = PlanTexts.of(this, getLocale());
        this.districtList = places.districts();
        this.organisationList = partners.organisations();
        this.districtNames = districtList.stream().collect(Collectors.toMap(District::id, District::name));
        addClassNames("page", "plan-rules-view");

        add(texts.pageTop("plan.rules.title", PlanTexts.link(texts.t("plan.link.list"), PlanView.class, "link-plan"),
                "plan.rules.intro"));

        newRule = new Button(texts.t("plan.rules.new"), VaadinIcon.PLUS.create(), e -> openRule(null));
        newRule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRule.setId("new-rule");
        installDefaults = new Button(texts.t("plan.rules.installDefaults"), VaadinIcon.MAGIC.create(),
                e -> installDefaults());
        installDefaults.setId("install-defaults");
        Div toolbar = new Div(newRule, installDefaults);
        toolbar.addClassName("plan-toolbar");
        add(toolbar);

        grid.setId("rules");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(texts.t("plan.rules.title"));
        grid.setEmptyStateComponent(new EmptyState(getTranslation("words.empty.rules"))
                .link(getTranslation("words.empty.rules.toPlan"), "plan"));
        grid.addColumn(CoverageRule::name).setHeader(texts.t("plan.rule.name")).setFlexGrow(1).setKey("name");
        grid.addColumn(r -> texts.type(r.type())).setHeader(texts.t("plan.column.type")).setAutoWidth(true);
        grid.addColumn(this::when).setHeader(texts.t("plan.rules.when")).setFlexGrow(1).setKey("when");
        grid.addColumn(this::where).setHeader(texts.t("plan.rules.where")).setFlexGrow(1).setKey("where");
        grid.addColumn(this::groups).setHeader(texts.t("plan.rules.groups")).setAutoWidth(true).setKey("groups");
        grid.addColumn(this::times).setHeader(texts.t("plan.column.time")).setAutoWidth(true).setKey("times");
        grid.addColumn(r -> texts.sizes(r.minSize(), r.peopleNeeded(), r.maxSize()))
                .setHeader(texts.t("plan.rules.size")).setAutoWidth(true);
        grid.addColumn(r -> texts.t(r.active() ? "plan.rule.state.active" : "plan.rule.state.inactive"))
                .setHeader(texts.t("plan.column.status")).setAutoWidth(true).setKey("active")
                .setPartNameGenerator(r -> r.active() ? "rule-active" : "rule-inactive");
        grid.addComponentColumn(this::actions).setHeader(texts.t("plan.column.actions")).setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);

        H2 generate = new H2(texts.t("plan.rules.generate"));
        Paragraph generateIntro = new Paragraph(texts.t("plan.rules.generateIntro"));
        generateIntro.addClassName("hint");
        year.setLabel(texts.t("plan.filter.year"));
        year.setItemLabelGenerator(SchoolYear::label);
        year.setId("rules-year");
        year.addValueChangeListener(e -> clearPreview());
        preview = new Button(texts.t("plan.rules.preview"), VaadinIcon.EYE.create(), e -> preview());
        preview.setId("rules-preview");
        apply = new Button(texts.t("plan.rules.apply"), VaadinIcon.CHECK.create(), e -> apply());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("rules-apply");
        apply.setEnabled(false);
        HorizontalLayout controls = new HorizontalLayout(year, preview, apply);
        controls.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        previewArea.setId("rules-preview-area");
        previewArea.addClassName("rules-preview");
        previewArea.getElement().setAttribute("aria-live", "polite");
        resultArea.setId("rules-result");
        resultArea.addClassName("rules-result");
        resultArea.getElement().setAttribute("role", "status");
        resultArea.setVisible(false);
        add(generate, generateIntro, controls, resultArea, previewArea);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SchoolYear current = calendar.currentYear();
        TreeSet<SchoolYear> years = new TreeSet<>(calendar.years());
        years.add(current);
        SchoolYear chosen = event.getLocation().getQueryParameters().getSingleParameter("year")
                .flatMap(SchoolYear::tryParse).orElse(current);
        years.add(chosen);
        year.setItems(years);
        year.setValue(chosen);
        refresh();
    }

    void refresh() {
        grid.setItems(rules.rules());
    }

    // ---- how a rule reads -----------------------------------------------------------------------------------------

    private String when(CoverageRule r) {
        String risk = texts.t("plan.rule.minRiskOption", texts.risk(r.minRisk()));
        String days = r.weekdays().isEmpty() ? texts.t("plan.rules.everyDay")
                : r.weekdays().stream().sorted().map(texts::weekdayShort).collect(Collectors.joining(", "));
        String text = texts.t("plan.rules.whenText", risk, days);
        return r.inBreaksOnly() ? texts.t("plan.rules.whenBreaks", text) : text;
    }

    private String where(CoverageRule r) {
        String scope = texts.t(r.scope().messageKey());
        if (r.scope() == DistrictScope.LISTED) {
            return texts.t("plan.rules.whereListed", scope, r.districtIds().stream()
                    .map(id -> districtNames.getOrDefault(id, "?")).sorted().collect(Collectors.joining(", ")));
        }
        if (r.scope() == DistrictScope.VENUES && r.venueKind() != null) {
            return texts.t("plan.rules.whereListed", scope, texts.t("places.kind." + r.venueKind().name()));
        }
        return scope;
    }

    private String groups(CoverageRule r) {
        return r.groupsPerPlace() == null ? texts.t("plan.rules.groupsFromRisk")
                : texts.t("plan.rules.groupsFixed", r.groupsPerPlace());
    }

    private String times(CoverageRule r) {
        String base = texts.times(r.startsAt(), r.endsAt());
        return r.lateFromRisk() == null ? base
                : texts.t("plan.rules.lateText", base, texts.time(r.lateEndsAt()), r.lateFromRisk());
    }

    private HorizontalLayout actions(CoverageRule r) {
        Button edit = new Button(texts.t("plan.action.edit"), e -> openRule(r));
        edit.setAriaLabel(texts.t("plan.action.editNamed", r.name()));
        edit.setId("edit-rule-" + r.id());
        Button toggle = new Button(texts.t(r.active() ? "plan.rule.deactivate" : "plan.rule.activate"),
                e -> toggle(r));
        toggle.setAriaLabel(texts.t(r.active() ? "plan.rule.deactivateNamed" : "plan.rule.activateNamed", r.name()));
        toggle.setId("toggle-rule-" + r.id());
        Button delete = new Button(texts.t("plan.rule.delete"), e -> confirmDelete(r));
        delete.setAriaLabel(texts.t("plan.rule.deleteNamed", r.name()));
        delete.setId("delete-rule-" + r.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(edit, toggle, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout actions = new HorizontalLayout(edit, toggle, delete);
        actions.setSpacing(false);
        actions.setWrap(true);
        return actions;
    }

    // ---- changing rules -------------------------------------------------------------------------------------------

    private void openRule(CoverageRule r) {
        new RuleDialog(rules, texts, r, districtList, organisationList, this::changed).open();
    }

    private void changed(String message) {
        Notifications.success(message);
        refresh();
        clearPreview();
    }

    void toggle(CoverageRule r) {
        CoverageRuleDraft d = r.draft();
        CoverageRuleDraft flipped = new CoverageRuleDraft(d.name(), d.type(), d.purpose(), d.organisationId(),
                d.minRisk(), d.weekdays(), d.inBreaksOnly(), d.scope(), d.venueKind(), d.districtIds(),
                d.groupsPerPlace(), d.startsAt(), d.endsAt(), d.lateFromRisk(), d.lateEndsAt(), d.minSize(),
                d.peopleNeeded(), d.maxSize(), d.leadRequired(), d.adultsOnly(), d.qualifications(), d.staffing(),
                !r.active());
        try {
            rules.update(r.id(), flipped, r.version());
            changed(texts.t(r.active() ? "plan.rule.deactivated" : "plan.rule.activated", r.name()));
        } catch (UserMessageException e) {
            Notifications.error(texts.t(e.messageKey(), e.arguments()));
            refresh();
        }
    }

    private void confirmDelete(CoverageRule r) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-rule");
        confirm.setHeader(texts.t("plan.rule.deleteHeader", r.name()));
        confirm.setText(texts.t("plan.rule.deleteText"));
        confirm.setCancelable(true);
        confirm.setCancelText(texts.t("action.cancel"));
        confirm.setConfirmText(texts.t("plan.rule.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                rules.delete(r.id(), r.version());
                changed(texts.t("plan.rule.deleted", r.name()));
            } catch (UserMessageException ex) {
                Notifications.error(texts.t(ex.messageKey(), ex.arguments()));
                refresh();
            }
        });
        confirm.open();
    }

    private void installDefaults() {
        try {
            int added = rules.installDefaults();
            changed(texts.t("plan.rules.defaultsInstalled", added));
        } catch (UserMessageException e) {
            Notifications.error(texts.t(e.messageKey(), e.arguments()));
        }
    }

    // ---- preview and apply ----------------------------------------------------------------------------------------

    private void clearPreview() {
        shownPreview = null;
        previewArea.removeAll();
        apply.setEnabled(false);
    }

    void preview() {
        clearPreview();
        resultArea.setVisible(false);
        SchoolYear y = year.getValue();
        if (y == null) {
            return;
        }
        try {
            shownPreview = rules.preview(y);
        } catch (UserMessageException e) {
            previewArea.add(new Paragraph(texts.t(e.messageKey(), e.arguments())));
            return;
        }
        GenerationPreview p = shownPreview;
        Paragraph summary = new Paragraph(texts.t("plan.preview.summary", y.label(), p.toCreate(), p.toUpdate(),
                p.toDelete(), p.unchanged(), p.needsDecision().size()));
        summary.setId("preview-summary");
        summary.addClassName("preview-summary");
        previewArea.add(new H3(texts.t("plan.preview.title", y.label())), summary);
        if (!p.changesAnything()) {
            previewArea.add(new Paragraph(texts.t("plan.preview.nothing")));
        }
        previewArea.add(sources(p), byRisk(p.shiftsByRisk()), byDistrict(p.shiftsByDistrict()));
        if (!p.needsDecision().isEmpty()) {
            previewArea.add(new H3(texts.t("plan.decision.title", p.needsDecision().size())),
                    decisions(p.needsDecision(), "preview-decisions"));
        }
        apply.setEnabled(p.changesAnything());
    }

    private Grid<GenerationPreview.SourcePreview> sources(GenerationPreview p) {
        Grid<GenerationPreview.SourcePreview> sources = new Grid<>();
        sources.setId("preview-sources");
        sources.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        sources.setAriaLabel(texts.t("plan.preview.sources"));
        sources.addColumn(s -> sourceName(s.source())).setHeader(texts.t("plan.preview.source")).setFlexGrow(1);
        sources.addColumn(s -> s.toCreate().size()).setHeader(texts.t("plan.preview.create")).setAutoWidth(true)
                .setKey("create");
        sources.addColumn(s -> s.toUpdate().size()).setHeader(texts.t("plan.preview.update")).setAutoWidth(true)
                .setKey("update");
        sources.addColumn(s -> s.toDelete().size()).setHeader(texts.t("plan.preview.delete")).setAutoWidth(true)
                .setKey("delete");
        sources.addColumn(GenerationPreview.SourcePreview::unchanged).setHeader(texts.t("plan.preview.unchanged"))
                .setAutoWidth(true);
        sources.addColumn(s -> s.needsDecision().size()).setHeader(texts.t("plan.preview.needsDecision"))
                .setAutoWidth(true);
        sources.addColumn(GenerationPreview.SourcePreview::wanted).setHeader(texts.t("plan.preview.wanted"))
                .setAutoWidth(true);
        sources.setItems(p.sources());
        sources.setAllRowsVisible(true);
        return sources;
    }

    private String sourceName(GenerationSource source) {
        String name = source.name() == null ? texts.t("plan.preview.deletedRule") : source.name();
        return texts.t(source.kind() == GenerationSource.Kind.RULE ? "plan.preview.sourceRule"
                : "plan.preview.sourceCommitment", name, texts.type(source.type()));
    }

    private Div byRisk(SortedMap<Integer, Integer> counts) {
        Div box = new Div();
        box.addClassName("preview-counts");
        box.setId("preview-by-risk");
        box.add(new H3(texts.t("plan.preview.byRisk")));
        UnorderedList list = new UnorderedList();
        counts.forEach((level, n) -> list.add(new ListItem(texts.t("plan.preview.count", texts.riskLabel(level), n))));
        box.add(list);
        return box;
    }

    private Div byDistrict(Map<Long, Integer> counts) {
        Div box = new Div();
        box.addClassName("preview-counts");
        box.setId("preview-by-district");
        box.add(new H3(texts.t("plan.preview.byDistrict")));
        UnorderedList list = new UnorderedList();
        Function<Long, String> name = id -> districtNames.getOrDefault(id, "?");
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey(
                        java.util.Comparator.comparing(id -> districtList.stream().map(District::id).toList()
                                .indexOf(id))))
                .forEach(e -> list.add(new ListItem(texts.t("plan.preview.count", name.apply(e.getKey()),
                        e.getValue()))));
        box.add(list);
        return box;
    }

    private UnorderedList decisions(List<NeedsDecision> decisions, String id) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("decision-list");
        for (NeedsDecision d : decisions) {
            String changes = d.changes().stream().map(texts::t).collect(Collectors.joining(", "));
            String reason = texts.t(d.reasonKey(), d.reasonArguments());
            list.add(new ListItem(texts.t(changes.isEmpty() ? "plan.decision.item" : "plan.decision.itemWithChanges",
                    d.activityTitle(), texts.shortDate(d.day()), d.districtName(), texts.group(d.groupNo()),
                    d.assignedCount(), reason, changes)));
        }
        return list;
    }

    void apply() {
        SchoolYear y = year.getValue();
        if (y == null || shownPreview == null) {
            return;
        }
        GenerationResult result;
        try {
            result = rules.apply(y);
        } catch (UserMessageException e) {
            Notifications.error(texts.t(e.messageKey(), e.arguments()));
            return;
        }
        clearPreview();
        resultArea.removeAll();
        String text = texts.t("plan.apply.done", y.label(), result.created(), result.updated(), result.deleted(),
                result.unchanged(), result.needsDecision().size());
        Paragraph done = new Paragraph(text);
        done.setId("apply-summary");
        resultArea.add(new H3(texts.t("plan.apply.title", y.label())), done);
        if (!result.needsDecision().isEmpty()) {
            resultArea.add(new Paragraph(texts.t("plan.decision.intro", result.needsDecision().size())),
                    decisions(result.needsDecision(), "apply-decisions"));
        }
        RouterLink toPlan = new RouterLink(texts.t("plan.apply.openPlan"), PlanView.class);
        toPlan.setQueryParameters(com.vaadin.flow.router.QueryParameters.of("year",
                String.valueOf(y.startYear())));
        resultArea.add(toPlan);
        resultArea.setVisible(true);
        Notifications.success(text);
    }

    @Override
    public String getPageTitle() {
        return texts.t("plan.rules.title") + " – " + texts.t("app.name");
    }
}
