package se.tryggalov.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/** The upload component's own texts (buttons, drop zone, errors) in the user's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component c) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("upload.drop.one"))
                .setMany(c.getTranslation("upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("upload.add.one"))
                .setMany(c.getTranslation("upload.add.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("upload.error.tooMany"))
                .setFileIsTooBig(c.getTranslation("upload.error.tooBig"))
                .setIncorrectFileType(c.getTranslation("upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("upload.status.connecting"))
                        .setStalled(c.getTranslation("upload.status.stalled"))
                        .setProcessing(c.getTranslation("upload.status.processing"))
                        .setHeld(c.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("upload.remaining"))
                        .setUnknown(c.getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(c.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(c.getTranslation("upload.error.server"))
                        .setForbidden(c.getTranslation("upload.error.forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(c.getTranslation("upload.file.retry"))
                .setStart(c.getTranslation("upload.file.start"))
                .setRemove(c.getTranslation("upload.file.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }
}
