package se.tryggalov.dataimport;

import java.util.List;
import java.util.function.Function;

/**
 * One problem of an import file: {@code line} is the physical line in the file (the header is normally line 1;
 * 0 = the file as a whole). The text is the translation of {@code messageKey} with {@code args}; an argument that
 * is an {@link ImportColumn} stands for that column's header in the reader's language. A personal identity
 * number is never an argument.
 */
public record ImportProblem(int line, String messageKey, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem of(int line, String messageKey, Object... args) {
        return new ImportProblem(line, messageKey, List.of(args));
    }

    /** The arguments for {@code getTranslation(messageKey, ...)}, with columns named by {@code columnName}. */
    public Object[] arguments(Function<ImportColumn, String> columnName) {
        return args.stream().map(a -> a instanceof ImportColumn c ? columnName.apply(c) : a).toArray();
    }
}
