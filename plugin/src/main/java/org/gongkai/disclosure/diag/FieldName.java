package org.gongkai.disclosure.diag;

import java.util.Optional;

import org.gongkai.disclosure.model.FormSchema;

/** A field as messages name it: the YAML path and the field's name on the form ({@code funds.total (项目资金总额)}). */
public record FieldName(String path, String formName) {

    public static FieldName of(FormSchema.Part part, String key) {
        Optional<FormSchema.Field> field = part.field(key);
        if (field.isEmpty()) { // not orElseThrow: its lambda would be made for each of the many fields read
            throw new IllegalArgumentException("No key " + key + " in " + part);
        }
        return new FieldName(part.path(key), field.get().formName());
    }

    public Message message() {
        return formName.isEmpty() ? Message.of("field.bare", path) : Message.of("field", path, formName);
    }
}
