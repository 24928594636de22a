package com.slackadmin.connections.account.boundary;

import jakarta.mvc.binding.BindingResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** Form errors by field name, for views to show next to each input. */
public final class FormErrors {

  private FormErrors() {}

  public static Map<String, String> of(BindingResult binding) {
    Map<String, String> errors = new LinkedHashMap<>();
    binding.getAllErrors().forEach(e -> errors.putIfAbsent(e.getParamName(), e.getMessage()));
    return errors;
  }
}
