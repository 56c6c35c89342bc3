package org.gongkai.disclosure.write;

/**
 * The one rule for a name that must stay a single file's name in a folder Gongkai chose: a name read from a request
 * or a record, where anyone may have written it. A dot name or a separator would climb out of the folder, a colon
 * names a drive or a data stream on Windows, and a control character is a name the file system may refuse.
 */
public final class FileNames {

    private FileNames() {
    }

    /** True when {@code name} names one file inside a folder, and nothing outside it. */
    public static boolean isOneName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
