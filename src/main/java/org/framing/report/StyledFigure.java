package org.framing.report;

import tech.tablesaw.plotly.components.Figure;

/**
 * A Tablesaw figure plus a few plotly attributes Tablesaw has no builder for (a heatmap's colour scale, a
 * second axis title), set by constant JavaScript statements that run after the traces and layout are declared
 * and before the plot is drawn. The statements are fixed strings in {@link Charts}, never data.
 */
final class StyledFigure extends Figure {

  private final String statements;

  StyledFigure(Figure.FigureBuilder builder, String statements) {
    super(builder);
    this.statements = statements;
  }

  @Override
  protected void buildContext(String divName) {
    super.buildContext(divName);
    getContext().put("figure", getContext().get("figure") + statements + System.lineSeparator());
  }
}
