package com.slackadmin.connections.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mvc.engine.ViewEngine;
import jakarta.mvc.engine.ViewEngineContext;
import jakarta.mvc.engine.ViewEngineException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Console downloads as CSV: a controller returns a view named {@code *.csv} with the models {@link #HEADER} (the
 * column names) and {@link #ROWS} (an {@code Iterable} of rows, each a list of cells, which may read its rows as
 * they are written, so that a long download is never held whole), and this writes them as RFC 4180 CSV. A cell a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a CR) gets an apostrophe before it:
 * what people typed into Slack is anyone's to choose.
 */
@ApplicationScoped
@Priority(ViewEngine.PRIORITY_APPLICATION)
public class CsvViewEngine implements ViewEngine {

  public static final String HEADER = "csvHeader";
  public static final String ROWS = "csvRows";

  @Override
  public boolean supports(String view) {
    return view.endsWith(".csv");
  }

  @Override
  public void processView(ViewEngineContext context) throws ViewEngineException {
    try {
      Writer out = new BufferedWriter(new OutputStreamWriter(context.getOutputStream(), StandardCharsets.UTF_8));
      line(out, (List<?>) context.getModels().get(HEADER));
      for (Object row : (Iterable<?>) context.getModels().get(ROWS)) {
        line(out, (List<?>) row);
      }
      out.flush();
    } catch (IOException broken) {
      throw new ViewEngineException(broken);
    }
  }

  static void line(Writer out, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i) == null ? null : cells.get(i).toString()));
    }
    out.write("\r\n");
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
        || safe.indexOf('\r') >= 0;
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
