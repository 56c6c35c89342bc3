package org.gongkai.disclosure.diag;

import org.gongkai.disclosure.model.FormSchema;

/** A field as messages name it: the YAML path and the field's name on the form ({@code funds.total (项目资金总额)}). */
public record FieldName(String path, String formName) {

    public static FieldName of(FormSchema.Part part, String key) {
        FormSchema.Field field = part.field(key)
                .orElseThrow(() -> new IllegalArgumentException("No key " + key + " in " + part));
        return new FieldName(part.path(key), field.formName());
    }

    public Message message() {
        return formName.isEmpty() ? Message.of("field.bare", path) : Message.of("field", path, formName);
    }
}
