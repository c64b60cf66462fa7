// Addresses and titles of the pages of the sources list, computed in JavaScript: compiled once, escaped once.
export default {
  eleventyComputed: {
    permalink: (data) =>
      `sources/${data.pagination.pageNumber > 0 ? `index-${data.pagination.pageNumber + 1}` : "index"}.html`,
    pageTitle: (data) =>
      `Sources, page ${data.pagination.pageNumber + 1} of ${data.pagination.pages.length} · ${data.sourcebrief.title}`,
  },
};
