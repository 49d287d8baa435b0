using Newsjack.Cli;

return await CliApp.RunAsync(args, Console.Out, Console.Error);
