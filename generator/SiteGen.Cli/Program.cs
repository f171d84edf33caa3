using SiteGen.Cli;

return (int)SiteGenCommand.Run(args);
