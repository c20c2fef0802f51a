package se.tryggalov.privacy.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** Shared steps of the privacy view tests. */
final class PrivacyViewTests {

    private PrivacyViewTests() {
    }

    /** The confirmation dialog that is open now (there is exactly one). */
    static ConfirmDialog openConfirmation() {
        List<ConfirmDialog> open = _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).toList();
        assertThat(open).as("open confirmation dialogs").hasSize(1);
        return open.getFirst();
    }

    /** The user presses the dialog's confirm button (the browser then closes it). */
    static void confirm() {
        ConfirmDialog dialog = openConfirmation();
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
        dialog.close();
    }

    static void cancel() {
        ConfirmDialog dialog = openConfirmation();
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.CancelEvent(dialog, true));
        dialog.close();
    }
}
