package se.tryggalov.shared.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What every CSV import needs besides commons-csv: the separator the file uses, and the physical line a record
 * starts on, so errors name the line a person sees in their editor.
 */
public final class CsvText {

    private CsvText() {
    }

    /**
     * A cell Excel would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading
     * apostrophe, as Excel itself marks text (CSV injection). Every CSV export writes its cells through this.
     */
    public static String neutralised(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** Swedish Excel separates with semicolons, most other tools with commas: the header line decides. */
    public static char delimiter(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    /** A record's position is where the parser began reading it, before the empty lines it skipped. */
    public static long recordStart(String text, long position) {
        int i = (int) position;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    /** Physical line numbers (1-based) of character positions; \n, \r\n and a lone \r all end a line. */
    public static final class LineIndex {

        private final int[] starts;

        public LineIndex(String text) {
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        public int lineAt(long position) {
            int index = Arrays.binarySearch(starts, (int) position);
            return index >= 0 ? index + 1 : -index - 1;
        }

        /** The number of lines of the text this index was made from (a final line break ends, not adds, one). */
        public int count(String text) {
            return text.endsWith("\n") || text.endsWith("\r") ? starts.length - 1 : starts.length;
        }
    }
}
