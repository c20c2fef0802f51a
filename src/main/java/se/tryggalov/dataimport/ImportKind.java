package se.tryggalov.dataimport;

import java.util.Arrays;
import java.util.List;

/** What a CSV import file holds. Translation keys: {@code imports.kind.<NAME>}. */
public enum ImportKind {
    ORGANISATIONS("organisationer"),
    CONTACTS("kontaktpersoner"),
    VOLUNTEERS("volontarer");

    private final String fileStem;

    ImportKind(String fileStem) {
        this.fileStem = fileStem;
    }

    /** The columns of this kind's files, in template order. */
    public List<ImportColumn> columns() {
        return Arrays.stream(ImportColumn.values()).filter(c -> c.kind() == this).toList();
    }

    /** The name of the downloadable template file. */
    public String templateFileName() {
        return "trygga-lov-" + fileStem + "-mall.csv";
    }
}
