package se.tryggalov.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.lang.reflect.Proxy;

/**
 * A stop of the demo run is a normal stop. {@code ./mvnw} runs the app in a JVM that spring-boot:run forks. When
 * only Maven gets the interrupt (an IDE's stop button, {@code timeout -s INT}, a terminal that signals just the
 * foreground process), Maven waits five seconds for the app and then sends SIGTERM; the JVM's exit code for that,
 * 143, made Maven print BUILD FAILURE. Here SIGTERM runs the usual shutdown (Spring closes, the embedded PostgreSQL
 * stops) and exits with 0. Ctrl+C in a terminal reaches both processes and already ended well (exit code 130).
 * Only in the demo profile: in production, an orchestrator may want to see 143.
 */
@Component
@Profile("demo")
class DemoStop {

    DemoStop() throws ReflectiveOperationException {
        // sun.misc.Signal (module jdk.unsupported; Spring Boot's own run support uses it too) through reflection:
        // named in code, javac warns about it on every build, four warnings in a newcomer's first output
        Class<?> signal = Class.forName("sun.misc.Signal");
        Class<?> handler = Class.forName("sun.misc.SignalHandler");
        Object exitNormally = Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler},
                (proxy, method, args) -> switch (method.getName()) {
                    case "handle" -> {
                        System.exit(0);
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "exit 0 on SIGTERM";
                });
        signal.getMethod("handle", signal, handler)
                .invoke(null, signal.getConstructor(String.class).newInstance("TERM"), exitNormally);
    }
}
