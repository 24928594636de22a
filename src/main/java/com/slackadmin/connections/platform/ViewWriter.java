package com.slackadmin.connections.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.engine.ViewEngine;
import jakarta.mvc.engine.ViewEngineException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.krazo.engine.ViewEngineContextImpl;
import org.eclipse.krazo.engine.ViewEngineFinder;
import org.eclipse.krazo.engine.Viewable;
import org.eclipse.krazo.lifecycle.EventDispatcher;

/**
 * Writes the console's views as Krazo 3.0.1's own {@code ViewableWriter} does (same view engines, models and
 * events), less two costs of every page: that writer hands the page to the HTTP response one byte at a time
 * (its stream implements only {@code write(int)}, under a writer with no buffer of its own), and searches every
 * jar ({@code ServiceLoader}) twice per page for a way to unwrap the request and response, which on this server
 * are used as they are. Chosen over Krazo's by its priority.
 */
@Dependent // a CDI bean, as Krazo's writer is, so that its injections come from CDI
@Produces(MediaType.WILDCARD)
@Priority(Priorities.USER - 100)
public class ViewWriter implements MessageBodyWriter<Viewable> {

  private static final int BUFFER_CHARS = 16 * 1024;

  @Inject
  Instance<Models> modelsInstance;

  @Inject
  HttpServletRequest request;

  @Context
  HttpServletResponse response;

  @Context
  UriInfo uriInfo;

  @Context
  ResourceInfo resourceInfo;

  @Context
  Configuration config;

  @Inject
  ViewEngineFinder engines;

  @Inject
  MvcContext mvc;

  @Inject
  EventDispatcher events;

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == Viewable.class;
  }

  @Override
  public void writeTo(Viewable viewable, Class<?> type, Type genericType, Annotation[] annotations,
      MediaType resolved, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
    ViewEngine engine = engines.find(viewable);
    if (engine == null) {
      throw new ServerErrorException("No view engine for " + viewable.getView(),
          Response.Status.INTERNAL_SERVER_ERROR);
    }
    MediaType mediaType = withCharset(resolved);
    headers.putSingle(HttpHeaders.CONTENT_TYPE, mediaType);
    ServletOutputStream stream = new BulkOutputStream(out);
    ViewResponse viewResponse = new ViewResponse(response, stream, mediaType, headers);
    try {
      Models models = viewable.getModels() != null ? viewable.getModels() : modelsInstance.get();
      models.put("mvc", mvc);
      events.fireBeforeProcessViewEvent(engine, viewable);
      try {
        engine.processView(new ViewEngineContextImpl(viewable.getView(), models, request, viewResponse, headers,
            stream, mediaType, uriInfo, resourceInfo, config, mvc.getLocale()));
      } finally {
        events.fireAfterProcessViewEvent(engine, viewable);
      }
    } catch (ViewEngineException failed) {
      throw new ServerErrorException(Response.Status.INTERNAL_SERVER_ERROR, failed);
    } finally {
      viewResponse.flushWriter();
    }
  }

  private static MediaType withCharset(MediaType mediaType) {
    if (mediaType == null) {
      return MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name());
    }
    return mediaType.getParameters().get(MediaType.CHARSET_PARAMETER) == null
        ? mediaType.withCharset(StandardCharsets.UTF_8.name()) : mediaType;
  }

  /** The JAX-RS entity stream as a servlet stream, passing arrays on whole. */
  private static final class BulkOutputStream extends ServletOutputStream {

    private final OutputStream out;

    BulkOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("A view is written in blocking mode");
    }
  }

  /**
   * The response the view engine writes to: its stream, a buffered writer over it, and the content type kept in
   * step with the JAX-RS headers, which are the ones sent.
   */
  private static final class ViewResponse extends HttpServletResponseWrapper {

    private final ServletOutputStream stream;
    private final MultivaluedMap<String, Object> headers;
    private PrintWriter writer;

    ViewResponse(HttpServletResponse response, ServletOutputStream stream, MediaType mediaType,
        MultivaluedMap<String, Object> headers) {
      super(response);
      this.stream = stream;
      this.headers = headers;
      super.setContentType(mediaType.toString());
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (writer != null) {
        throw new IllegalStateException("getOutputStream() after getWriter()");
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        Charset charset = Charset.forName(getCharacterEncoding());
        Writer encoding = StandardCharsets.UTF_8.equals(charset) ? new Utf8Writer(stream)
            : new OutputStreamWriter(stream, charset);
        writer = new PrintWriter(new BufferedWriter(encoding, BUFFER_CHARS));
      }
      return writer;
    }

    @Override
    public void setContentType(String type) {
      super.setContentType(type);
      String charset = MediaType.valueOf(type).getParameters().get(MediaType.CHARSET_PARAMETER);
      if (charset != null) {
        syncCharset(charset);
      }
    }

    @Override
    public void setCharacterEncoding(String charset) {
      super.setCharacterEncoding(charset);
      syncCharset(charset);
    }

    private void syncCharset(String charset) {
      MediaType current = (MediaType) headers.getFirst(HttpHeaders.CONTENT_TYPE);
      headers.putSingle(HttpHeaders.CONTENT_TYPE,
          (current == null ? MediaType.TEXT_HTML_TYPE : current).withCharset(charset));
    }

    void flushWriter() {
      if (writer != null) {
        writer.flush();
      }
    }
  }
}
