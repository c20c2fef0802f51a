package se.tryggalov.calendar.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import se.tryggalov.calendar.CalendarItem;

/** "Delete Valborgsmässoafton (30 april 2027)?" — asked the same way from the list and from the item dialog. */
final class DeleteConfirmation {

    private DeleteConfirmation() {
    }

    static ConfirmDialog of(CalendarTexts texts, CalendarItem item, Runnable delete) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-item");
        confirm.setHeader(texts.t("calendar.delete.header", texts.name(item)));
        confirm.setText(texts.t("calendar.delete.text", texts.name(item), texts.dates(item)));
        confirm.setCancelable(true);
        confirm.setCancelText(texts.t("action.cancel"));
        confirm.setConfirmText(texts.t("calendar.action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete.run());
        return confirm;
    }
}
