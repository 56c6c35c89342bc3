package org.gongkai.disclosure.engine;

/** The configuration of a run cannot work (e.g. the output folder would overwrite the content). */
public final class ConfigurationException extends Exception {

    public ConfigurationException(String message) {
        super(message);
    }
}
