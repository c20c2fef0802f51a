package se.tryggalov.partner.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import se.tryggalov.partner.DistrictRef;
import se.tryggalov.partner.OrganisationDetail;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.partner.PartnerService;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** Creates an organisation (coordinators) or edits its name, kind and districts (whoever manages it). */
class OrganisationDialog extends FormDialog {

    private final PartnerService partners;
    private final OrganisationDetail existing;
    private final LongConsumer saved;

    final TextField name = new TextField();
    final Select<OrganisationKind> kind = new Select<>();
    final MultiSelectComboBox<DistrictRef> districts = new MultiSelectComboBox<>();

    OrganisationDialog(PartnerService partners, OrganisationDetail existing, LongConsumer saved) {
        super("organisation");
        this.partners = partners;
        this.existing = existing;
        this.saved = saved;
        setHeaderTitle(existing == null ? getTranslation("partners.organisation.new")
                : getTranslation("partners.organisation.editNamed", existing.name()));

        name.setLabel(getTranslation("organisations.name"));
        name.setMaxLength(150);
        name.setRequiredIndicatorVisible(true);
        name.setId("organisation-name");
        kind.setLabel(getTranslation("organisations.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisation.kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        kind.setId("organisation-kind");
        List<DistrictRef> all = partners.districts();
        districts.setLabel(getTranslation("organisations.districts"));
        districts.setHelperText(getTranslation("partners.organisation.districtsHelp"));
        districts.setItems(all);
        districts.setItemLabelGenerator(DistrictRef::name);
        districts.setId("organisation-districts");

        if (existing != null) {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            districts.setValue(all.stream().filter(d -> existing.districts().stream().anyMatch(o -> o.id() == d.id()))
                    .collect(java.util.stream.Collectors.toSet()));
        }
        FormLayout form = new FormLayout(name, kind, districts);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    @Override
    Map<String, HasValidation> fieldsByError() {
        return Map.of("partner.error.nameRequired", name, "partner.error.exists", name,
                "partner.error.kindRequired", kind, "partners.error.unknownDistrict", districts);
    }

    @Override
    void store() {
        List<Long> ids = districts.getValue().stream().sorted(Comparator.comparingLong(DistrictRef::id))
                .map(DistrictRef::id).toList();
        if (existing == null) {
            long id = partners.createOrganisation(name.getValue(), kind.getValue(), ids);
            saved.accept(id);
        } else {
            partners.updateOrganisation(existing.id(), name.getValue(), kind.getValue(), ids, existing.version());
            saved.accept(existing.id());
        }
    }
}
