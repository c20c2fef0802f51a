package se.tryggalov.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.upload.Upload;
import se.tryggalov.shared.i18n.Translations;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Vaadin components' own texts (a date picker's "Today", a side nav's toggle, a grid's "Sort by …") in the
 * user's language, for every component of the app without each view asking for it.
 * <p>
 * {@link #schedule(UI)} walks the UI's component tree just before the next response to the browser (the UI
 * initializer schedules it on every round trip), so components created later (a dialog, a refreshed list) get their
 * texts too. Components with a Java i18n API get it through that API, and only where the view set none. The grid
 * (Vaadin 25.2 has no Java API for its sorter and selection names; {@code GridI18n} comes in 25.3) and the password
 * field's reveal button get theirs in the browser: {@link #BROWSER_SCRIPT} watches the page and replaces the known
 * English defaults.
 * <p>
 * Texts come from {@code i18n/components_sv/_en.properties}.
 */
public final class ComponentTexts {

    private static final String DONE = ComponentTexts.class.getName() + ".locale";
    private static final String SCHEDULED = ComponentTexts.class.getName() + ".scheduled";
    private static final List<DayOfWeek> FROM_SUNDAY = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    /**
     * Replaces the components' English defaults that have no Java API, now and whenever the page changes. Runs once
     * per page; a second run (another language) only swaps the texts.
     */
    static final String BROWSER_SCRIPT = """
            const texts = { sortBy: $0, selectAll: $1, selectRow: $2, reveal: $3, drawerToggle: $4, sideNavToggle: $5 };
            if (window.__componentTexts) { window.__componentTexts.texts = texts; window.__componentTexts.fixAll(); return; }
            const state = { texts };
            const names = () => ({ 'Select All': state.texts.selectAll, 'Select Row': state.texts.selectRow });
            const fix = (el) => {
              if (!(el instanceof Element)) return;
              const tag = el.localName;
              if (tag === 'vaadin-grid-sorter') {
                const label = el.getAttribute('aria-label');
                if (label && label.startsWith('Sort by ')) {
                  el.setAttribute('aria-label', state.texts.sortBy.replace('{0}', label.substring('Sort by '.length)));
                }
              } else if (tag === 'vaadin-checkbox') {
                const name = names()[el.accessibleName];
                if (name) el.accessibleName = name;
              } else if (tag === 'vaadin-password-field') {
                if (!el.i18n || el.i18n.reveal !== state.texts.reveal) el.i18n = { ...(el.i18n || {}), reveal: state.texts.reveal };
              } else if (tag === 'vaadin-side-nav-item') {
                if (!el.i18n || el.i18n.toggle !== state.texts.sideNavToggle) el.i18n = { ...(el.i18n || {}), toggle: state.texts.sideNavToggle };
              } else if (tag === 'vaadin-drawer-toggle') {
                if (el.ariaLabel === 'Toggle navigation panel' || el.getAttribute('aria-label') === 'Toggle navigation panel') {
                  el.ariaLabel = state.texts.drawerToggle;
                  el.setAttribute('aria-label', state.texts.drawerToggle);
                }
              }
            };
            const selector = 'vaadin-grid-sorter, vaadin-checkbox, vaadin-password-field, vaadin-side-nav-item, vaadin-drawer-toggle';
            const fixTree = (node) => {
              if (!(node instanceof Element)) return;
              fix(node);
              node.querySelectorAll(selector).forEach(fix);
            };
            state.fixAll = () => fixTree(document.body);
            new MutationObserver((mutations) => {
              for (const m of mutations) {
                if (m.type === 'attributes') {
                  const el = m.target;
                  fix(el);
                  const box = el.closest && el.closest('vaadin-checkbox');
                  if (box) fix(box);
                } else {
                  m.addedNodes.forEach(fixTree);
                }
              }
            }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
            window.__componentTexts = state;
            state.fixAll();
            """;

    private ComponentTexts() {
    }

    /** Walks the UI just before its next response; once per response however often asked. */
    public static void schedule(UI ui) {
        if (ComponentUtil.getData(ui, SCHEDULED) != null) {
            return;
        }
        ComponentUtil.setData(ui, SCHEDULED, Boolean.TRUE);
        ui.beforeClientResponse(ui, context -> {
            ComponentUtil.setData(ui, SCHEDULED, null);
            apply(ui);
        });
    }

    /** Gives the component and everything inside it its texts in the UI's language, once per language. */
    public static void apply(UI ui) {
        Locale locale = ui.getLocale();
        if (!locale.equals(ComponentUtil.getData(ui, DONE))) {
            ComponentUtil.setData(ui, DONE, locale);
            Map<String, String> texts = browserTexts(ui);
            ui.getPage().executeJs(BROWSER_SCRIPT, texts.get("sortBy"), texts.get("selectAll"), texts.get("selectRow"),
                    texts.get("reveal"), texts.get("drawerToggle"), texts.get("sideNavToggle"));
        }
        walk(ui, locale);
    }

    private static void walk(Component component, Locale locale) {
        if (!locale.equals(ComponentUtil.getData(component, DONE))) {
            ComponentUtil.setData(component, DONE, locale);
            translate(component);
        }
        component.getChildren().forEach(child -> walk(child, locale));
    }

    /** The texts the browser script needs. */
    static Map<String, String> browserTexts(Component c) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("sortBy", c.getTranslation("component.grid.sortBy"));
        texts.put("selectAll", c.getTranslation("component.grid.selectAll"));
        texts.put("selectRow", c.getTranslation("component.grid.selectRow"));
        texts.put("reveal", c.getTranslation("component.password.reveal"));
        texts.put("drawerToggle", c.getTranslation("component.drawer.toggle"));
        texts.put("sideNavToggle", c.getTranslation("component.sideNav.toggle"));
        return texts;
    }

    private static void translate(Component c) {
        switch (c) {
            case DatePicker picker when picker.getI18n() == null -> picker.setI18n(datePicker(picker));
            case DateTimePicker picker -> {
                if (picker.getI18n() == null) {
                    picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                            .setDateLabel(c.getTranslation("component.dateTimePicker.date"))
                            .setTimeLabel(c.getTranslation("component.dateTimePicker.time")));
                }
                if (picker.getDatePickerI18n() == null) {
                    picker.setDatePickerI18n(datePicker(picker));
                }
            }
            case MultiSelectComboBox<?> box when box.getI18n() == null -> box.setI18n(new MultiSelectComboBoxI18n()
                    .setCleared(c.getTranslation("component.multiSelect.cleared"))
                    .setFocused(c.getTranslation("component.multiSelect.focused"))
                    .setSelected(c.getTranslation("component.multiSelect.selected"))
                    .setDeselected(c.getTranslation("component.multiSelect.deselected"))
                    .setTotal(c.getTranslation("component.multiSelect.total")));
            case SideNav nav when nav.getI18n() == null ->
                    nav.setI18n(new SideNav.SideNavI18n().setToggle(c.getTranslation("component.sideNav.toggle")));
            case AppLayout layout when layout.getI18n() == null ->
                    layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(c.getTranslation("nav.label")));
            case MenuBar bar when bar.getI18n() == null -> bar.setI18n(
                    new MenuBar.MenuBarI18n().setMoreOptions(c.getTranslation("component.menuBar.moreOptions")));
            case Upload upload when upload.getI18n() == null -> upload.setI18n(UploadTexts.of(upload));
            default -> {
            }
        }
    }

    /** Month and day names in the language, weeks from Monday, ISO dates (2027-04-02), as all the app's pickers. */
    public static DatePicker.DatePickerI18n datePicker(Component c) {
        Locale locale = c.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(Translations.SWEDISH);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(FROM_SUNDAY.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(FROM_SUNDAY.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd")
                .setToday(c.getTranslation("component.datePicker.today"))
                .setCancel(c.getTranslation("component.datePicker.cancel"))
                .setBadInputErrorMessage(c.getTranslation("component.datePicker.badInput"));
    }
}
