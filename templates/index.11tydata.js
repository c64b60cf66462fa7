// The main page's title, computed in JavaScript so that it is escaped once, where it is printed.
export default {
  eleventyComputed: {
    pageTitle: (data) => data.sourcebrief.title,
  },
};
