package com.slackadmin.connections.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text as a person types it: no control characters (a null byte, an escape, a line break in a one-line field).
 * PostgreSQL refuses a null byte in text outright and H2 stores it as is, so the console refuses them all, the
 * same on both databases, with the field's own message. {@link #multiLine} admits line breaks and tabs, for a
 * text area. Put it on every text a form or the API takes; {@link Check#isPlain} is the rule for inputs checked in
 * code (such as a card's).
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface PlainText {

  String MESSAGE = "This holds a control character (such as a null byte) that cannot be stored: type it again"
      + " without it.";

  String message() default MESSAGE;

  /** Line breaks and tabs allowed, as in a text area. */
  boolean multiLine() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The validator Bean Validation runs for {@link PlainText}, and the rule for inputs checked in code. */
  final class Check implements ConstraintValidator<PlainText, String> {

    private boolean multiLine;

    /** Whether {@code text} (null counts) holds no control character, bar line breaks and tabs when multi-line. */
    public static boolean isPlain(CharSequence text, boolean multiLine) {
      return firstControl(text, multiLine) < 0;
    }

    /** Where the first control character the rule refuses is, or -1 for none. */
    public static int firstControl(CharSequence text, boolean multiLine) {
      for (int i = 0; text != null && i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public void initialize(PlainText constraint) {
      multiLine = constraint.multiLine();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return isPlain(value, multiLine);
    }
  }
}
