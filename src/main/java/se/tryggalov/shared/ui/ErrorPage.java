package se.tryggalov.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The common look of the friendly error pages: a heading, an explanation and a way back. */
abstract class ErrorPage extends Main {

    ErrorPage() {
        addClassName("error-page");
    }

    void show(String titleKey, String messageKey, Object... args) {
        removeAll();
        Anchor home = new Anchor("", getTranslation("error.backHome"));
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(messageKey, args)), home);
        getElement().executeJs("document.title = $0", getTranslation(titleKey) + " – " + getTranslation("app.name"));
    }
}
