package org.synthaudit.core.plugin;

import java.io.Serial;
import org.synthaudit.core.InputException;

/**
 * A plug-in parameter the user gave that the plug-in cannot accept: an unknown name, a value of
 * the wrong kind or out of range. It keeps the parameter's name apart from the problem, so that
 * the configuration reader can name the file and line where the parameter was written.
 */
public final class InvalidParameterException extends InputException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The plug-in the parameter belongs to, e.g. {@code evaluator membership.shadow}. */
    private final String owner;
    /** The parameter's name as the user wrote it. */
    private final String parameter;
    /** What is wrong: the value found and what is allowed. */
    private final String problem;

    /**
     * Creates the error; its message is {@code <owner>: parameter '<parameter>' <problem>}.
     *
     * @param owner the plug-in, e.g. {@code evaluator membership.shadow}
     * @param parameter the parameter's name
     * @param problem what is wrong, naming the value found and what is allowed, e.g.
     *     {@code must be a multiple of 4, was 10}
     */
    public InvalidParameterException(String owner, String parameter, String problem) {
        this(owner, parameter, problem, owner + ": parameter '" + parameter + "' " + problem);
    }

    private InvalidParameterException(String owner, String parameter, String problem,
            String message) {
        super(message);
        this.owner = owner;
        this.parameter = parameter;
        this.problem = problem;
    }

    /**
     * The error for a parameter the plug-in does not know; its message is
     * {@code <owner>: unknown parameter '<parameter>'; accepted: <accepted>}.
     *
     * @param owner the plug-in
     * @param parameter the unknown name
     * @param accepted the names the plug-in accepts, joined with commas, or {@code none}
     * @return the error
     */
    public static InvalidParameterException unknown(String owner, String parameter,
            String accepted) {
        return new InvalidParameterException(owner, parameter, "is not a parameter of " + owner
                + "; accepted: " + accepted, owner + ": unknown parameter '" + parameter
                + "'; accepted: " + accepted);
    }

    /**
     * The plug-in the parameter belongs to.
     *
     * @return e.g. {@code evaluator membership.shadow} or {@code generator bayesian-network}
     */
    public String owner() {
        return owner;
    }

    /**
     * The parameter's name.
     *
     * @return the name as the user wrote it
     */
    public String parameter() {
        return parameter;
    }

    /**
     * What is wrong with the parameter.
     *
     * @return the value found and what is allowed, e.g. {@code must be even, was 3}
     */
    public String problem() {
        return problem;
    }
}
