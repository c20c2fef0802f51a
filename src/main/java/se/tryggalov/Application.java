package se.tryggalov;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Trygga lov: planning safe school breaks and weekends for a Swedish municipality. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/app.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "Trygga lov", shortName = "Trygga lov")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("solve")) { // headless roster solve, no Spring context
            System.exit(se.tryggalov.roster.solver.SolveCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
